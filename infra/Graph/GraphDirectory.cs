using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Infra.Directories;

namespace ServiceDesk.Infra.Graph;

/// <summary>
/// <see cref="IDirectory"/> from Microsoft Graph, cached in the store. The configured directory answers what Graph
/// cannot be asked (a Teams id without an Entra object id, a feature whose permission is missing) and names the
/// default approver for people without a manager: a missing permission degrades to the offline list, never to a
/// lost request.
/// </summary>
internal sealed partial class GraphDirectory(
    GraphReader graph, GraphDirectoryCache cache, GraphPermissions permissions, ConfiguredDirectory configured, IOptions<GraphOptions> options, ILogger<GraphDirectory> logger)
    : IDirectory
{
    private readonly int maxHops = options.Value.MaxManagerHops;

    public async Task<DirectoryLookup> FindPersonAsync(string idOrObjectId, CancellationToken cancellationToken)
    {
        var id = idOrObjectId?.Trim();
        if (!IsObjectId(id))
        {
            return await configured.FindPersonAsync(idOrObjectId!, cancellationToken).ConfigureAwait(false);
        }

        var read = await CachedAsync("user", id!, graph.UserAsync, cancellationToken).ConfigureAwait(false);
        return read.Status switch
        {
            GraphStatus.Ok => DirectoryLookup.Found(read.Value!),
            GraphStatus.Unavailable => DirectoryLookup.Unavailable,
            _ => await configured.FindPersonAsync(id!, cancellationToken).ConfigureAwait(false),
        };
    }

    public async Task<DirectoryGroupOwners> GetGroupOwnersAsync(string groupId, CancellationToken cancellationToken)
    {
        var id = groupId?.Trim();
        if (!IsObjectId(id))
        {
            return DirectoryGroupOwners.NotFound;
        }

        var read = await CachedAsync("owners", id!, graph.OwnersAsync, cancellationToken).ConfigureAwait(false);
        return read.Status switch
        {
            GraphStatus.Ok => new DirectoryGroupOwners(DirectoryOutcome.Found, [.. read.Value!.Where(p => p.Profile?.AccountEnabled != false)]),
            GraphStatus.Unavailable => DirectoryGroupOwners.Unavailable,
            // Not found, or the permission is missing: the catalogue's named owners or the manager decide.
            _ => DirectoryGroupOwners.NotFound,
        };
    }

    public IReadOnlyList<DirectoryPermissionGap> MissingPermissions() =>
        [.. permissions.Missing.Select(f => new DirectoryPermissionGap(f, GraphPermissionNames.Of(f)))];

    /// <summary>Graph's ids are GUIDs; a Teams id (29:...) or anything else is never sent to Graph.</summary>
    internal static bool IsObjectId(string? id) => Guid.TryParse(id, out _);

    /// <summary>
    /// A fresh cached answer, else Graph's (then kept, "not found" too), else a stale cached one when Graph is down.
    /// </summary>
    private async Task<GraphRead<T>> CachedAsync<T>(
        string kind, string id, Func<string, CancellationToken, Task<GraphRead<T>>> ask, CancellationToken cancellationToken)
        where T : class
    {
        var cached = await cache.GetAsync<T>(kind, id, cancellationToken).ConfigureAwait(false);
        if (cached is { Fresh: true })
        {
            return cached.Found ? GraphRead<T>.Ok(cached.Value!) : new GraphRead<T>(GraphStatus.NotFound);
        }

        var read = await ask(id, cancellationToken).ConfigureAwait(false);
        switch (read.Status)
        {
            case GraphStatus.Ok:
                await cache.SetAsync(kind, id, read.Value, cancellationToken).ConfigureAwait(false);
                return read;
            case GraphStatus.NotFound:
                await cache.SetAsync<T>(kind, id, null, cancellationToken).ConfigureAwait(false);
                return read;
            case GraphStatus.Unavailable when cached is not null:
                return cached.Found ? GraphRead<T>.Ok(cached.Value!) : new GraphRead<T>(GraphStatus.NotFound);
            default:
                return read;
        }
    }
}
