using ServiceDesk.Dialogs.Ports;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Infra.Graph;

/// <summary>Graph's log events: ids, statuses and kinds only, never names or mail addresses.</summary>
internal static partial class GraphLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning,
        Message = "Graph refused {Feature} (403): the application permission {Permission} is missing or not consented. The feature is off; asked again in {Minutes} minutes.")]
    public static partial void PermissionMissing(ILogger logger, DirectoryFeature feature, string permission, int minutes);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Graph answers {Feature} again: the feature is back on.")]
    public static partial void PermissionBack(ILogger logger, DirectoryFeature feature);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Graph could not answer {Operation} ({Status}, {Failure}).")]
    public static partial void Unavailable(ILogger logger, string operation, int? status, string failure);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning,
        Message = "Graph's manager chain from {ObjectId} loops or runs past {Hops} managers: the fallback approver decides.")]
    public static partial void ManagerLoop(ILogger logger, string objectId, int hops);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "The directory cache could not be {Operation} ({Status}); Graph is asked directly.")]
    public static partial void CacheFailed(ILogger logger, string operation, string status);
}
