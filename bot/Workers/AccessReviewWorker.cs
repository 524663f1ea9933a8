using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Flows.Fulfilment;
using ServiceDesk.Dialogs.Flows.Fulfilment.Reviews;

namespace ServiceDesk.Bot.Workers;

/// <summary>
/// The access reviews every <c>Fulfilment:ReviewCheckMinutes</c> (0: off): reviews started when due, their cards sent,
/// late ones reminded. Several instances may run it: every record is saved under its version and every card has a key.
/// </summary>
internal sealed class AccessReviewWorker(
    AccessReviewRunner reviews,
    IOptions<FulfilmentOptions> options,
    TimeProvider time,
    ILogger<AccessReviewWorker> logger) : MonitorWorker(time, logger)
{
    protected override string Name => "Access reviews";

    // Reviews exist only for catalogue entries with ReviewEveryDays: without any, a pass reads nothing.
    protected override bool Enabled => options.Value.ReviewCheckMinutes > 0;

    protected override int IntervalSeconds => options.Value.ReviewCheckMinutes * 60;

    protected override Task PassAsync(DateTimeOffset now, CancellationToken cancellationToken) => reviews.RunOnceAsync(cancellationToken);
}
