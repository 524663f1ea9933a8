using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Tickets.Sla;

namespace ServiceDesk.Bot.Workers;

/// <summary>Runs the SLA monitor every <c>ServiceLevels:CheckIntervalSeconds</c> (off with <c>ServiceLevels:MonitorEnabled</c>).</summary>
internal sealed partial class SlaWorker(
    SlaMonitor monitor,
    IOptions<ServiceLevelOptions> options,
    TimeProvider time,
    ILogger<SlaWorker> logger) : MonitorWorker(time, logger)
{
    protected override string Name => "SLA";

    protected override bool Enabled => options.Value.MonitorEnabled;

    protected override int IntervalSeconds => options.Value.CheckIntervalSeconds;

    protected override async Task PassAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        SlaRunResult result;
        do
        {
            result = await monitor.RunOnceAsync(now, cancellationToken).ConfigureAwait(false);
            if (result.Notices + result.Closed > 0)
            {
                Ran(logger, result.Checked, result.Notices, result.Closed, result.Skipped);
            }
        }
        // A full batch with work done: more tickets are due now, not at the next interval.
        while (result.Checked == SlaMonitor.BatchSize && result.Skipped < result.Checked);
    }

    [LoggerMessage(EventId = 5352, Level = LogLevel.Information, Message = "SLA pass: {Checked} checked, {Notices} notices, {Closed} closed, {Skipped} skipped")]
    private static partial void Ran(ILogger logger, int @checked, int notices, int closed, int skipped);
}
