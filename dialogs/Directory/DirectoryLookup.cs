namespace ServiceDesk.Dialogs.Ports;

/// <summary>A person as the directory knows them: Teams user id (29:...) or, if only that is known, the Entra object id.</summary>
public sealed record DirectoryPerson(string Id, string? AadObjectId, string? Name)
{
    /// <summary>What the directory says of them beyond the name (Graph only); null when it was not asked.</summary>
    public DirectoryProfile? Profile { get; init; }

    /// <summary>Whether <paramref name="idOrObjectId"/> is this person's Teams user id or Entra object id (any case).</summary>
    public bool Is(string? idOrObjectId) =>
        !string.IsNullOrWhiteSpace(idOrObjectId)
        && (string.Equals(Id, idOrObjectId, StringComparison.OrdinalIgnoreCase)
            || string.Equals(AadObjectId, idOrObjectId, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A person's directory profile; <see cref="PreferredLanguage"/> is a tag such as "fr-FR".</summary>
public sealed record DirectoryProfile(
    string? Mail,
    string? JobTitle,
    string? Department,
    string? OfficeLocation,
    string? PreferredLanguage,
    bool AccountEnabled = true);

public enum DirectoryOutcome { Found, NotFound, Unavailable }

/// <summary>Why the approver found is not the person's own manager.</summary>
public enum ApproverAbsence
{
    /// <summary>The manager's account is disabled: the next manager up approves.</summary>
    ManagerDisabled,

    /// <summary>The directory names no manager (or only a loop of them): the default or fallback approver decides.</summary>
    NoManager,

    /// <summary>The resource's group has no owner who can approve: the fallback approver decides.</summary>
    NoOwner,
}

/// <summary>
/// A directory answer: found (with the person), not found, or the directory could not be asked right now.
/// <see cref="Absent"/> and <see cref="AbsentPerson"/> say who could not approve and why, when someone else does.
/// </summary>
public sealed record DirectoryLookup(DirectoryOutcome Outcome, DirectoryPerson? Person = null)
{
    public static readonly DirectoryLookup NotFound = new(DirectoryOutcome.NotFound);

    public static readonly DirectoryLookup Unavailable = new(DirectoryOutcome.Unavailable);

    public ApproverAbsence? Absent { get; init; }

    /// <summary>The manager who could not approve (disabled), when known.</summary>
    public DirectoryPerson? AbsentPerson { get; init; }

    public static DirectoryLookup Found(DirectoryPerson person) => new(DirectoryOutcome.Found, person);
}

/// <summary>The owners of a group; empty when found with none (the group exists, nobody owns it).</summary>
public sealed record DirectoryGroupOwners(DirectoryOutcome Outcome, IReadOnlyList<DirectoryPerson> Owners)
{
    public static readonly DirectoryGroupOwners NotFound = new(DirectoryOutcome.NotFound, []);

    public static readonly DirectoryGroupOwners Unavailable = new(DirectoryOutcome.Unavailable, []);
}

/// <summary>What the directory answers, each behind its own Graph application permission.</summary>
public enum DirectoryFeature
{
    /// <summary>Profiles and managers (<c>User.Read.All</c>).</summary>
    People,

    /// <summary>Owners of a catalogue entry's Entra group (<c>GroupMember.Read.All</c>).</summary>
    GroupOwners,

    /// <summary>Adding and removing members of a catalogue entry's Entra group (<c>GroupMember.ReadWrite.All</c>).</summary>
    GroupMembership,

    /// <summary>Accounts disabled or deleted, read with the users delta query (<c>User.Read.All</c>).</summary>
    Leavers,

    /// <summary>The app installed for the people of an announcement's audience (<c>TeamsAppInstallation.ReadWriteForUser.All</c>).</summary>
    AppInstallation,
}

/// <summary>A feature that is off because its permission was refused (403), and the permission to grant.</summary>
public sealed record DirectoryPermissionGap(DirectoryFeature Feature, string Permission);
