namespace ServiceDesk.Dialogs.Ports;

// The folder is Directory, the namespace Ports: a namespace named "Directory" would hide System.IO.Directory
// from every file beneath ServiceDesk.Dialogs.

/// <summary>
/// Who works for whom, and who owns a group. Answered by Microsoft Graph when it is on (ServiceDesk.Infra's Graph
/// directory), else from configuration (the configured directory, the offline default).
/// </summary>
public interface IDirectory
{
    /// <summary>
    /// Who approves for <paramref name="person"/>: their manager, the next manager up when that one cannot (a disabled
    /// account), or the directory's default approver for people without one. <see cref="DirectoryLookup.Absent"/>
    /// says when the answer is not the person's own manager, and why.
    /// </summary>
    Task<DirectoryLookup> GetManagerAsync(DirectoryPerson person, CancellationToken cancellationToken);

    /// <summary>A person by Teams user id (29:...) or Entra object id, e.g. a resource owner named in the catalogue.</summary>
    Task<DirectoryLookup> FindPersonAsync(string idOrObjectId, CancellationToken cancellationToken);

    /// <summary>
    /// The owners of an Entra group (enabled people only). A directory that knows no groups (the configured one)
    /// answers not found, so the catalogue's named owners or the manager decide instead.
    /// </summary>
    Task<DirectoryGroupOwners> GetGroupOwnersAsync(string groupId, CancellationToken cancellationToken) =>
        Task.FromResult(DirectoryGroupOwners.NotFound);

    /// <summary>
    /// The features off right now because the directory refused them (a Graph permission missing or not consented),
    /// for the agents' setup card. The configured directory never misses one.
    /// </summary>
    IReadOnlyList<DirectoryPermissionGap> MissingPermissions() => [];
}
