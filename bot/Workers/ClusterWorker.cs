using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Outbox;
using ServiceDesk.Dialogs.Problems;
using ServiceDesk.Dialogs.Problems.Clusters;

namespace ServiceDesk.Bot.Workers;

/// <summary>
/// Looks at the new incidents for clusters every <c>Problems:ClusterCheckSeconds</c> (off with
/// <c>Problems:ClusterDetection</c> false). Safe with several instances: a cluster's id and its cards' outbox keys make
/// a second instance's pass write nothing new.
/// </summary>
internal sealed class ClusterWorker(
    IClusterWatch watch, IOutboxSignal outbox, IOptions<ProblemOptions> options, TimeProvider time, ILogger<ClusterWorker> logger)
    : MonitorWorker(time, logger)
{
    protected override string Name => "Cluster watch";

    protected override bool Enabled => options.Value.ClusterDetection;

    protected override int IntervalSeconds => options.Value.ClusterCheckSeconds;

    protected override async Task PassAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A posted or grown card is an outbox record: wake the outbox rather than wait for its next poll.
        if (await watch.RunOnceAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            outbox.Trigger();
        }
    }
}
