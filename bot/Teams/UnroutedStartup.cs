using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Bot.Teams;

/// <summary>
/// At start, posts the tickets that waited for a queue when one now takes them: a queue added in configuration
/// (<c>Agents:Queues</c>) appears with a restart, not with a click. Later ones go with the setup card, a new ticket or
/// an agent's command.
/// </summary>
internal sealed partial class UnroutedStartup(IUnroutedTickets unrouted, ILogger<UnroutedStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var posted = await unrouted.RouteAsync(stoppingToken).ConfigureAwait(false);
            if (posted > 0)
            {
                LogPosted(posted);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the markers stay and the next start, click or ticket posts them.
        }
        catch (Exception ex) when (ex is StorageUnavailableException or HttpRequestException)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} tickets that waited for a queue were posted at start")]
    private partial void LogPosted(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Posting the tickets that wait for a queue failed at start; a setup click, a new ticket or an agent's command tries again")]
    private partial void LogFailed(Exception exception);
}
