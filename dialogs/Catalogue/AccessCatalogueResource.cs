namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>
/// What a catalogue entry is. The first five are access (<c>Catalogue:Access</c>); <see cref="Software"/> (installed on
/// the employee's computer) and <see cref="Hardware"/> (equipment) are the catalogue's items (<c>Catalogue:Software</c>,
/// <c>Catalogue:Hardware</c>), requested the same way but without a level or an end date.
/// </summary>
public enum AccessResourceKind { Application, Group, SharedFolder, Licence, Site, Software, Hardware }

/// <summary>
/// Who approves a request: the requester's manager (from the directory), the resource's named owners, or nobody
/// (<see cref="None"/>, catalogue items only: the request goes straight to fulfilment).
/// </summary>
public enum AccessApproverRule { Manager, Owners, None }

/// <summary>A text in English and French; <see cref="For"/> picks by the <c>Texts.Language</c> ("en" / "fr").</summary>
public sealed record LocalizedText(string En, string Fr)
{
    public string For(string language) => language == "fr" ? Fr : En;
}

/// <summary>A resource employees can request access to, validated. <see cref="Aliases"/> holds every other name, both languages.</summary>
public sealed record AccessResource(
    string Id,
    AccessResourceKind Kind,
    LocalizedText Name,
    LocalizedText Description,
    IReadOnlyList<string> Levels,
    AccessApproverRule Approver,
    IReadOnlyList<string> Owners,
    IReadOnlyList<string> Aliases)
{
    /// <summary>The Entra group that grants this access, whose owners approve with Graph on; null when none.</summary>
    public string? GroupId { get; init; }

    /// <summary>Approved requests are fulfilled by adding the requester to <see cref="GroupId"/> (never set without one).</summary>
    public bool AutoFulfil { get; init; }

    /// <summary>Who approves when the manager or owners cannot (none, disabled); null: the directory's default approver.</summary>
    public string? FallbackApprover { get; init; }

    /// <summary>Every this many days the owners review who holds it (0: never; only with <see cref="AutoFulfil"/>).</summary>
    public int ReviewEveryDays { get; init; }

    /// <summary>
    /// The agents' queue category that fulfils a request for it once approved; null: the access requests' queue
    /// (<c>access-requests</c>). Catalogue items name theirs (<c>software-requests</c>, <c>hardware-requests</c>).
    /// </summary>
    public string? Queue { get; init; }

    /// <summary>A software or hardware item: no level, no end date.</summary>
    public bool IsItem => Kind is AccessResourceKind.Software or AccessResourceKind.Hardware;

    /// <summary>The level id matching <paramref name="levelId"/> (any case), or null if this resource has no such level.</summary>
    public string? Level(string? levelId) =>
        levelId is null ? null : Levels.FirstOrDefault(l => string.Equals(l, levelId.Trim(), StringComparison.OrdinalIgnoreCase));
}
