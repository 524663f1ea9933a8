using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Flows.Fulfilment;
using ServiceDesk.Infra.Graph;

namespace ServiceDesk.Bot.Workers;

/// <summary>
/// Runs the membership jobs (access that fulfils itself, temporary access ending) every
/// <c>Fulfilment:CheckIntervalSeconds</c>. Safe with several instances: each job is claimed under a lease.
/// </summary>
internal sealed class MembershipJobWorker(
    MembershipJobRunner runner,
    IOptions<FulfilmentOptions> options,
    IOptions<GraphOptions> graph,
    TimeProvider time,
    ILogger<MembershipJobWorker> logger) : MonitorWorker(time, logger)
{
    protected override string Name => "Membership jobs";

    // Jobs are run through Graph: with Graph off a pass could only fail (no identity to call it with), so jobs wait in
    // the store until Graph is on.
    protected override bool Enabled => graph.Value.Enabled;

    protected override int IntervalSeconds => options.Value.CheckIntervalSeconds;

    protected override async Task PassAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A full batch: more jobs are due now, not at the next interval (bounded: a job may be due again at once).
        for (var batch = 0; batch < 10 && await runner.RunOnceAsync(now, cancellationToken).ConfigureAwait(false) == MembershipJobRunner.BatchSize; batch++)
        {
        }
    }
}
