namespace ServiceDesk.Infra.Directories;

// The folder is Directory, the namespace Directories: a namespace named "Directory" would hide System.IO.Directory
// from every file beneath ServiceDesk.Infra.

/// <summary>
/// The directory as configured (section <c>Directory</c>) when Microsoft Graph is off, and Graph's fallback
/// (the default approver, people known only by their Teams id).
/// Lists rather than maps: Teams user ids contain ':', which configuration reads as a section separator.
/// </summary>
public sealed class DirectoryOptions
{
    public const string SectionName = "Directory";

    /// <summary>Who manages whom.</summary>
    public List<DirectoryManagerOptions> Managers { get; set; } = [];

    /// <summary>Approves for anyone without a configured manager; none means such requests cannot be routed.</summary>
    public DirectoryPersonOptions? DefaultApprover { get; set; }

    /// <summary>Other people worth naming (resource owners), so cards show a name rather than an id.</summary>
    public List<DirectoryPersonOptions> People { get; set; } = [];
}

/// <summary>One employee (by Teams user id or Entra object id) and their manager.</summary>
public sealed class DirectoryManagerOptions
{
    public string Employee { get; set; } = string.Empty;

    public DirectoryPersonOptions Manager { get; set; } = new();
}

/// <summary>A person: Teams user id (29:...) or Entra object id as <see cref="Id"/>, optional object id, display name.</summary>
public sealed class DirectoryPersonOptions
{
    public string Id { get; set; } = string.Empty;

    public string? AadObjectId { get; set; }

    public string Name { get; set; } = string.Empty;
}
