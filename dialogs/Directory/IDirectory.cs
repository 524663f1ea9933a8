namespace ServiceDesk.Dialogs.Ports;

// The folder is Directory, the namespace Ports: a namespace named "Directory" would hide System.IO.Directory
// from every file beneath ServiceDesk.Dialogs.

/// <summary>
/// Who works for whom. Answers from configuration today (ServiceDesk.Infra's configured directory); Microsoft Graph
/// (<c>/users/{id}/manager</c>) replaces it in a later issue behind this same port.
/// </summary>
public interface IDirectory
{
    /// <summary>The person's manager, or who approves for people without one (the directory's default approver).</summary>
    Task<DirectoryLookup> GetManagerAsync(DirectoryPerson person, CancellationToken cancellationToken);

    /// <summary>A person by Teams user id (29:...) or Entra object id, e.g. a resource owner named in the catalogue.</summary>
    Task<DirectoryLookup> FindPersonAsync(string idOrObjectId, CancellationToken cancellationToken);
}
