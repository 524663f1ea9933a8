namespace ServiceDesk.Dialogs.Catalogue;

public enum AccessResourceKind { Application, Group, SharedFolder, Licence, Site }

/// <summary>Who approves a request: the requester's manager (from the directory) or the resource's named owners.</summary>
public enum AccessApproverRule { Manager, Owners }

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

    /// <summary>Who approves when the manager or owners cannot (none, disabled); null: the directory's default approver.</summary>
    public string? FallbackApprover { get; init; }

    /// <summary>The level id matching <paramref name="levelId"/> (any case), or null if this resource has no such level.</summary>
    public string? Level(string? levelId) =>
        levelId is null ? null : Levels.FirstOrDefault(l => string.Equals(l, levelId.Trim(), StringComparison.OrdinalIgnoreCase));
}
