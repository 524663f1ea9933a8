using ServiceDesk.Dialogs.Ports;
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
    private readonly ConcurrentDictionary<DirectoryFeature, DateTimeOffset> offUntil = new();
    private readonly TimeSpan recheck = TimeSpan.FromMinutes(options.Value.CacheMinutes);

    public bool IsOff(DirectoryFeature feature) =>
        offUntil.TryGetValue(feature, out var until) && time.GetUtcNow() < until;

    /// <summary>The features off right now, for the agents' setup card.</summary>
    public IReadOnlyList<DirectoryFeature> Missing => [.. Enum.GetValues<DirectoryFeature>().Where(IsOff)];

    public void Denied(DirectoryFeature feature)
    {
        var until = time.GetUtcNow() + recheck;
        var wasOff = IsOff(feature);
        offUntil[feature] = until;
        if (!wasOff)
        {
            GraphLog.PermissionMissing(logger, feature, GraphPermissionNames.Of(feature), options.Value.CacheMinutes);
        }
    }

    public void Granted(DirectoryFeature feature)
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
    public static string Of(DirectoryFeature feature) => feature switch
    {
        DirectoryFeature.People => "User.Read.All",
        DirectoryFeature.GroupOwners => "GroupMember.Read.All",
        DirectoryFeature.GroupMembership => "GroupMember.ReadWrite.All",
        DirectoryFeature.Leavers => "User.Read.All",
        DirectoryFeature.AppInstallation => "TeamsAppInstallation.ReadWriteForUser.All",
        _ => throw new ArgumentOutOfRangeException(nameof(feature), feature, null),
    };
}
