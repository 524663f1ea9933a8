using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Flows.Fulfilment;
using ServiceDesk.Infra.Graph;

namespace ServiceDesk.Bot.Workers;

/// <summary>
/// The leavers check every <c>Graph:LeaversIntervalMinutes</c> (0: off; off too unless <c>Graph:Enabled</c>): the
/// access the service desk granted to accounts since disabled or deleted is removed by membership jobs. Several
/// instances may run it: the jobs' keys make one job per request, and the delta link is saved under its version.
/// </summary>
internal sealed class LeaversWorker(
    LeaverCheck check,
    IOptions<GraphOptions> options,
    TimeProvider time,
    ILogger<LeaversWorker> logger) : MonitorWorker(time, logger)
{
    protected override string Name => "Leavers check";

    protected override bool Enabled => options.Value is { Enabled: true, LeaversIntervalMinutes: > 0 };

    protected override int IntervalSeconds => options.Value.LeaversIntervalMinutes * 60;

    protected override Task PassAsync(DateTimeOffset now, CancellationToken cancellationToken) => check.RunOnceAsync(cancellationToken);
}
