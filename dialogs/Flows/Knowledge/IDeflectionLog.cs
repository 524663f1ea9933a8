using Microsoft.Extensions.Logging;

namespace ServiceDesk.Dialogs.Flows.Knowledge;

/// <summary>
/// A contact the knowledge base answered without a ticket: who (Teams user id), which article, from where
/// ("answer" for a question; "incident" or "access" for an article suggested with that form, which it closed), when. <paramref name="Helpful"/>
/// false records an answer that did not help (kept for the deflection rate's context, not counted as deflected).
/// </summary>
public sealed record Deflection(DateTimeOffset At, string UserId, string ArticleId, string Source, bool Helpful = true);

/// <summary>Port: records deflections for service-desk reporting. A ticket-less event, kept out of the ticket store.</summary>
public interface IDeflectionLog
{
    Task RecordAsync(Deflection deflection, CancellationToken cancellationToken);
}

/// <summary>
/// Records each deflection as a structured log event (article id and source at Information; the user id only at
/// Debug): reporting reads them from the logs until a store for them comes with reporting.
/// </summary>
internal sealed partial class LoggedDeflectionLog(ILogger<LoggedDeflectionLog> logger) : IDeflectionLog
{
    public Task RecordAsync(Deflection deflection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deflection);
        LogDeflection(deflection.ArticleId, deflection.Source, deflection.At);
        LogDeflectionUser(deflection.ArticleId, deflection.UserId);
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Deflection: article {ArticleId} helped ({Source}) at {At}")]
    private partial void LogDeflection(string articleId, string source, DateTimeOffset at);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "Deflection of article {ArticleId} for user {UserId}")]
    private partial void LogDeflectionUser(string articleId, string userId);
}
