using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Tickets.Waits;

namespace ServiceDesk.Bot.Workers;

/// <summary>
/// Runs the wait monitor (approvals reminded, escalated or expired; holds reminded and resolved) every
/// <c>Waits:CheckIntervalSeconds</c> (off with <c>Waits:Enabled</c>). The timers' state is on the tickets, so a restart
/// picks up where the last pass stopped.
/// </summary>
internal sealed partial class WaitWorker(
    WaitMonitor monitor,
    IOptions<WaitOptions> options,
    TimeProvider time,
    ILogger<WaitWorker> logger) : MonitorWorker(time, logger)
{
    protected override string Name => "Wait";

    protected override bool Enabled => options.Value.Enabled;

    protected override int IntervalSeconds => options.Value.CheckIntervalSeconds;

    protected override async Task PassAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = await monitor.RunOnceAsync(now, cancellationToken).ConfigureAwait(false);
        if (result.Changed > 0)
        {
            Ran(logger, result.Checked, result.Changed, result.Skipped);
        }
    }

    [LoggerMessage(EventId = 5372, Level = LogLevel.Information, Message = "Wait pass: {Checked} checked, {Changed} steps taken, {Skipped} skipped")]
    private static partial void Ran(ILogger logger, int @checked, int changed, int skipped);
}
