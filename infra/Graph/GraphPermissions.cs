using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ServiceDesk.Infra.Graph;

/// <summary>
/// Which Graph features are off because Graph refused them (403: the permission was not granted). Found on first
/// use and logged once; the feature is asked again after <see cref="GraphOptions.CacheMinutes"/>, so an admin's
/// consent takes effect without a restart.
/// </summary>
internal sealed class GraphPermissions(IOptions<GraphOptions> options, TimeProvider time, ILogger<GraphPermissions> logger)
{
    private readonly ConcurrentDictionary<GraphFeature, DateTimeOffset> offUntil = new();
    private readonly TimeSpan recheck = TimeSpan.FromMinutes(options.Value.CacheMinutes);

    public bool IsOff(GraphFeature feature) =>
        offUntil.TryGetValue(feature, out var until) && time.GetUtcNow() < until;

    /// <summary>The features off right now, for the agents' setup card.</summary>
    public IReadOnlyList<GraphFeature> Missing => [.. Enum.GetValues<GraphFeature>().Where(IsOff)];

    public void Denied(GraphFeature feature)
    {
        var until = time.GetUtcNow() + recheck;
        var wasOff = IsOff(feature);
        offUntil[feature] = until;
        if (!wasOff)
        {
            GraphLog.PermissionMissing(logger, feature, GraphPermissionNames.Of(feature), options.Value.CacheMinutes);
        }
    }

    public void Granted(GraphFeature feature)
    {
        if (offUntil.TryRemove(feature, out _))
        {
            GraphLog.PermissionBack(logger, feature);
        }
    }
}

/// <summary>The application permission each feature needs, as the Entra portal names it.</summary>
internal static class GraphPermissionNames
{
    public static string Of(GraphFeature feature) => feature switch
    {
        GraphFeature.People => "User.Read.All",
        GraphFeature.GroupOwners => "GroupMember.Read.All",
        _ => throw new ArgumentOutOfRangeException(nameof(feature), feature, null),
    };
}
