namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>
/// The catalogue's items beyond access (sections <c>Catalogue:Software</c> and <c>Catalogue:Hardware</c>): software
/// the service desk installs and equipment it hands out, each with its approver and fulfilment queue. Checked at start
/// by <see cref="ServiceCatalogueValidation"/>. Bound at <c>Catalogue</c>, beside the incident and access catalogues.
/// </summary>
public sealed class ServiceCatalogueOptions
{
    public const string SectionName = "Catalogue";

    /// <summary>The fulfilment queue of software items that name none.</summary>
    public const string SoftwareQueue = "software-requests";

    /// <summary>The fulfilment queue of hardware items that name none.</summary>
    public const string HardwareQueue = "hardware-requests";

    public ServiceItemListOptions Software { get; set; } = new();

    public ServiceItemListOptions Hardware { get; set; } = new();
}

/// <summary>One part of the catalogue (software or hardware): its items.</summary>
public sealed class ServiceItemListOptions
{
    public List<ServiceItemOptions> Items { get; set; } = [];
}

/// <summary>One software or hardware item, as configured.</summary>
public sealed class ServiceItemOptions
{
    /// <summary>Stable id stored on requests (letters, digits, '-', '_'), unique across the whole catalogue, access included.</summary>
    public string Id { get; set; } = string.Empty;

    public LocalizedTextOptions Name { get; set; } = new();

    public LocalizedTextOptions Description { get; set; } = new();

    /// <summary>Other names people use for it, per language ("Visio", "MS Visio"; "deuxième écran").</summary>
    public LocalizedListOptions Aliases { get; set; } = new();

    /// <summary><c>None</c> (straight to fulfilment), <c>Manager</c> (the requester's), or <c>Owners</c> (named approvers).</summary>
    public AccessApproverRule? Approver { get; set; }

    /// <summary>For <see cref="AccessApproverRule.Owners"/>: Teams user ids (29:...) or Entra object ids.</summary>
    public List<string> Owners { get; set; } = [];

    /// <summary>The agents' queue category that fulfils it; empty: <c>software-requests</c> or <c>hardware-requests</c>.</summary>
    public string? Queue { get; set; }
}
