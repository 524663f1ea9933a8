using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Outbox;
using ServiceDesk.Dialogs.Metrics.Digest;

namespace ServiceDesk.Bot.Workers;

/// <summary>
/// Looks every <c>Digest:CheckMinutes</c> whether this week's digest is due and not yet sent (off while
/// <c>Digest:DayOfWeek</c> is not set). Safe with several instances: the week's outbox key and its record make a
/// second instance's look write nothing.
/// </summary>
internal sealed class DigestWorker(
    WeeklyDigest digest, IOutboxSignal outbox, IOptions<DigestOptions> options, TimeProvider time, ILogger<DigestWorker> logger)
    : MonitorWorker(time, logger)
{
    protected override string Name => "Weekly digest";

    protected override bool Enabled => options.Value.Enabled;

    protected override int IntervalSeconds => options.Value.CheckMinutes * 60;

    protected override async Task PassAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The card is an outbox record: wake the outbox rather than wait for its next poll.
        if (await digest.RunOnceAsync(cancellationToken).ConfigureAwait(false) == DigestOutcome.Sent)
        {
            outbox.Trigger();
        }
    }
}
