using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Problems;

namespace ServiceDesk.Dialogs.Metrics.Digest;

public enum DigestOutcome
{
    Off,
    AlreadySent,
    NoChannel,
    Sent,
}

/// <summary>
/// One look at whether this week's digest is due and not sent: if so, the week's and the previous week's figures are
/// read (the metrics' own read, so the same numbers as <c>stats</c>, the API and the dashboard), the card is written to
/// the outbox for the agents' channel (the queue for every ticket, in its language), then the week is recorded as
/// sent. Safe with several instances and restarts: the outbox key is the week's, so a second writer adds nothing, and
/// a recorded week is never read again; a crash between the two writes only makes the next look write the same key.
/// </summary>
public sealed partial class WeeklyDigest(
    MetricsReader metrics,
    IProblemStore problems,
    IAgentQueue queue,
    IOutboxStore outbox,
    IDigestStore sent,
    IOptions<DigestOptions> options,
    IOptions<ServiceLevelOptions> serviceLevels,
    TimeProvider clock,
    ILogger<WeeklyDigest> logger)
{
    public async Task<DigestOutcome> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.DayOfWeek is not { } day)
        {
            return DigestOutcome.Off;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(settings.TimeZone) ? serviceLevels.Value.BusinessHours.TimeZone : settings.TimeZone);
        var week = DigestWeek.Latest(clock.GetUtcNow(), day, settings.Hour, zone);
        if (await sent.IsSentAsync(week.Id, cancellationToken).ConfigureAwait(false))
        {
            return DigestOutcome.AlreadySent;
        }

        var channel = await queue.ForCategoryAsync(null, cancellationToken).ConfigureAwait(false);
        if (channel is not { Blocked: false })
        {
            LogNoChannel(week.Id);
            return DigestOutcome.NoChannel;
        }

        var figures = await metrics.ReadComparedAsync(week.From, week.Due, cancellationToken).ConfigureAwait(false);
        var open = await problems.ListOpenAsync(cancellationToken).ConfigureAwait(false);
        var card = DigestCard.Build(week, figures, open, settings.DashboardUrl!, zone, Texts.For(channel.Locale));
        await outbox.EnqueueAsync(DigestOutbox.Post(week, channel.Channel, channel.Locale, card), cancellationToken).ConfigureAwait(false);
        await sent.RecordSentAsync(week.Id, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        LogSent(week.Id);
        return DigestOutcome.Sent;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly digest {Week} written to the outbox")]
    private partial void LogSent(string week);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Weekly digest {Week}: no open agents' queue to post it in; looking again at the next pass")]
    private partial void LogNoChannel(string week);
}
