using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>
/// The access catalogue as configured (section <c>Catalogue:Access</c>): what employees can ask access to, at
/// which levels, and who approves. Checked at start by <see cref="AccessCatalogueValidation"/>.
/// </summary>
public sealed class AccessCatalogueOptions
{
    public const string SectionName = "Catalogue:Access";

    [MinLength(1, ErrorMessage = "Catalogue:Access:Resources needs at least one resource.")]
    public List<AccessResourceOptions> Resources { get; set; } = [];

    /// <summary>A justification shorter than this says too little for an approver to decide.</summary>
    [Range(1, 500, ErrorMessage = "Catalogue:Access:JustificationMinLength must be between 1 and 500.")]
    public int JustificationMinLength { get; set; } = 20;

    [Range(50, 4_000, ErrorMessage = "Catalogue:Access:JustificationMaxLength must be between 50 and 4000.")]
    public int JustificationMaxLength { get; set; } = 1_000;

    /// <summary>Temporary access ends at most this many days after the request.</summary>
    [Range(1, 3_650, ErrorMessage = "Catalogue:Access:MaxTemporaryDays must be between 1 and 3650.")]
    public int MaxTemporaryDays { get; set; } = 365;
}

/// <summary>One resource of the catalogue, as configured.</summary>
public sealed class AccessResourceOptions
{
    /// <summary>Stable id stored on tickets (letters, digits, '-', '_'): renaming it orphans existing requests.</summary>
    public string Id { get; set; } = string.Empty;

    public AccessResourceKind? Kind { get; set; }

    public LocalizedTextOptions Name { get; set; } = new();

    public LocalizedTextOptions Description { get; set; } = new();

    /// <summary>Level ids from <see cref="AccessLevels.Known"/>, e.g. read, contribute, admin; a licence has only "assigned".</summary>
    public List<string> Levels { get; set; } = [];

    public AccessApproverRule? Approver { get; set; }

    /// <summary>For <see cref="AccessApproverRule.Owners"/>: Teams user ids (29:...) or Entra object ids.</summary>
    public List<string> Owners { get; set; } = [];

    /// <summary>
    /// The Entra group (object id) that grants this access. With Microsoft Graph on, its owners approve when
    /// <see cref="Approver"/> is Owners (before the named <see cref="Owners"/>).
    /// </summary>
    public string? GroupId { get; set; }

    /// <summary>
    /// Opt-in: once approved, the requester is added to <see cref="GroupId"/> through Microsoft Graph (and removed at the
    /// end date), with no agent involved. Per entry, since the permission it needs covers every group of the tenant.
    /// </summary>
    public bool AutoFulfil { get; set; }

    /// <summary>Approves when nobody else can: no manager, or a group without an owner who can (Teams or Entra id).</summary>
    public string? FallbackApprover { get; set; }

    /// <summary>
    /// Every this many days the resource's owners review who holds it through the service desk (0: never). Needs
    /// <see cref="AutoFulfil"/>: a removal decided at the review goes through Microsoft Graph like any other.
    /// </summary>
    public int ReviewEveryDays { get; set; }

    /// <summary>Other names people use for it, per language ("Dynamics", "finance share"; "base clients", "partage RH").</summary>
    public LocalizedListOptions Aliases { get; set; } = new();

    /// <summary>Older form of <see cref="Aliases"/>: names in any language, read as aliases.</summary>
    public List<string> Keywords { get; set; } = [];
}

/// <summary>Short texts in English and French (aliases).</summary>
public sealed class LocalizedListOptions
{
    public List<string> En { get; set; } = [];

    public List<string> Fr { get; set; } = [];
}

/// <summary>A text in English and French.</summary>
public sealed class LocalizedTextOptions
{
    public string En { get; set; } = string.Empty;

    public string Fr { get; set; } = string.Empty;
}
