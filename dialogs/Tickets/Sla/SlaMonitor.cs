using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tickets.Sla;

/// <summary>What one pass of the monitor did.</summary>
public sealed record SlaRunResult(int Checked, int Notices, int Closed, int Skipped);

/// <summary>
/// Looks at the tickets whose SLA check is due (<see cref="ITicketStore.ListSlaDueAsync"/>) and records what the time
/// means: an at-risk or breach notice (the card updated through <see cref="ITicketNotifier"/> and a notice in the
/// ticket's thread, on-call agents @mentioned for a P1), or the close of a resolved ticket nobody answered. It sends
/// nothing itself: every message is an outbox record written with the ticket's change. The change is conditional on the
/// version read, so when several instances look at once exactly one records it and the others skip.
/// </summary>
public sealed class SlaMonitor
{
    public const int BatchSize = 50;

    /// <summary>Who the history shows for the clock's own changes.</summary>
    public static readonly TicketPerson Actor = new("service-desk:sla", null, "SLA clock");

    private readonly ITicketStore _tickets;
    private readonly ITicketNotifier _notifier;
    private readonly IAgentQueue _queue;
    private readonly SlaClock _clock;
    private readonly ServiceLevelOptions _options;
    private readonly ILogger<SlaMonitor> _logger;

    internal SlaMonitor(ITicketStore tickets, ITicketNotifier notifier, IAgentQueue queue, SlaClock clock,
        IOptions<ServiceLevelOptions> options, ILogger<SlaMonitor> logger)
    {
        (_tickets, _notifier, _queue, _clock, _options, _logger) = (tickets, notifier, queue, clock, options.Value, logger);
    }

    /// <summary>One pass over at most <see cref="BatchSize"/> due tickets, earliest first.</summary>
    public async Task<SlaRunResult> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await _tickets.ListSlaDueAsync(now, BatchSize, cancellationToken).ConfigureAwait(false);
        var (notices, closed, skipped) = (0, 0, 0);
        foreach (var ticket in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SlaOutcome outcome;
            try
            {
                outcome = await CheckAsync(ticket, now, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One ticket's failure must not starve the others; it stays due and is tried again next pass.
                SlaLog.CheckFailed(_logger, ex, ticket.Number.ToString());
                outcome = SlaOutcome.Skipped;
            }

            notices += outcome == SlaOutcome.Notice ? 1 : 0;
            closed += outcome == SlaOutcome.Closed ? 1 : 0;
            skipped += outcome == SlaOutcome.Skipped ? 1 : 0;
        }

        return new SlaRunResult(due.Count, notices, closed, skipped);
    }

    internal async Task<SlaOutcome> CheckAsync(Ticket ticket, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ticket.Sla is null)
        {
            return SlaOutcome.Skipped;
        }

        if (ticket.Status is TicketStatus.Resolved or TicketStatus.Fulfilled)
        {
            return (ticket.ResolvedAt ?? ticket.UpdatedAt) + _clock.AutoCloseAfter <= now
                ? await CloseAsync(ticket, now, cancellationToken).ConfigureAwait(false)
                : await RescheduleAsync(ticket, now, cancellationToken).ConfigureAwait(false);
        }

        var due = _clock.DueNotices(ticket, now);
        return due.Count == 0
            ? await RescheduleAsync(ticket, now, cancellationToken).ConfigureAwait(false)
            : await NotifyAsync(ticket, due, now, cancellationToken).ConfigureAwait(false);
    }

    private async Task<SlaOutcome> NotifyAsync(Ticket ticket, IReadOnlyList<SlaMilestone> due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Several notices may be due at once (the worker was down): record them all, say the gravest.
        var headline = due.OrderBy(m => m.IsBreach).ThenBy(m => !m.IsResponse).Last();
        var notices = due.Aggregate(SlaNotices.None, (all, m) => all | m.Notice);
        var after = ticket with { Sla = _clock.Notified(ticket, notices, now), UpdatedAt = now };
        var change = new TicketEvent(now, Actor, headline.IsBreach ? TicketEventKind.SlaBreached : TicketEventKind.SlaAtRisk,
            [new FieldChange("Sla", null, headline.Notice.ToString())]);
        var mentions = ticket.Priority == Priority.P1 ? _options.OnCallAgents : [];
        var thread = await ThreadAsync(ticket, cancellationToken).ConfigureAwait(false);
        var outcome = await UpdateAsync(ticket, after, change, thread is null ? null : stored =>
            SlaThreadNotice.Milestone(stored, thread, headline, _options.AtRiskPercent, _clock.Business.Zone, mentions), cancellationToken).ConfigureAwait(false);
        if (outcome == SlaOutcome.Changed)
        {
            SlaLog.Notified(_logger, ticket.Number.ToString(), headline.Notice, thread is not null);
            return SlaOutcome.Notice;
        }

        return outcome;
    }

    private async Task<SlaOutcome> CloseAsync(Ticket ticket, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var closed = ticket with { Status = TicketStatus.Closed, ClosedAt = now, UpdatedAt = now };
        closed = closed with { Sla = _clock.Update(ticket, closed, now) };
        var change = new TicketEvent(now, Actor, TicketEventKind.StatusChanged,
            [new FieldChange("Status", ticket.Status.ToString(), nameof(TicketStatus.Closed))]);
        var thread = await ThreadAsync(ticket, cancellationToken).ConfigureAwait(false);
        var outcome = await UpdateAsync(ticket, closed, change, thread is null ? null : stored =>
            SlaThreadNotice.AutoClosed(stored, thread, _options.AutoCloseDays), cancellationToken).ConfigureAwait(false);
        if (outcome == SlaOutcome.Changed)
        {
            SlaLog.AutoClosed(_logger, ticket.Number.ToString());
            return SlaOutcome.Closed;
        }

        return outcome;
    }

    /// <summary>
    /// Nothing due although listed: the settings changed since the clock was last computed. Writes the right next
    /// check (with a history entry, as every change has one) so the ticket stops being listed.
    /// </summary>
    private async Task<SlaOutcome> RescheduleAsync(Ticket ticket, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var next = _clock.NextCheck(ticket, ticket.Sla!, now);
        var after = ticket with { Sla = ticket.Sla! with { NextCheckAt = next } };
        var change = new TicketEvent(now, Actor, TicketEventKind.Updated,
            [new FieldChange("SlaNextCheck", ticket.Sla!.NextCheckAt?.ToString("O"), next?.ToString("O"))]);
        var result = await _tickets.UpdateAsync(after, change, null, cancellationToken).ConfigureAwait(false);
        SlaLog.Rescheduled(_logger, ticket.Number.ToString(), result.Outcome);
        return SlaOutcome.Skipped;
    }

    private async Task<SlaOutcome> UpdateAsync(Ticket before, Ticket after, TicketEvent change, Func<Ticket, OutboxDraft>? threadNotice, CancellationToken cancellationToken)
    {
        var notify = await _notifier.ForAsync(before, change, cancellationToken).ConfigureAwait(false);
        OutboxFor outbox = stored => threadNotice is null ? notify(stored) : [.. notify(stored), threadNotice(stored)];
        var result = await _tickets.UpdateAsync(after, change, outbox, cancellationToken).ConfigureAwait(false);
        if (result.Outcome != TicketUpdateOutcome.Updated)
        {
            // Someone (an agent, another instance) changed the ticket since it was read: the next pass sees the new one.
            SlaLog.Skipped(_logger, after.Number.ToString(), result.Outcome);
            return SlaOutcome.Skipped;
        }

        return SlaOutcome.Changed;
    }

    /// <summary>The ticket's thread in the agents' channel, or null while it is not known (its card not delivered yet).</summary>
    private async Task<ConversationReference?> ThreadAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        if (ticket.Cards.QueueThread is not { } posted)
        {
            return null;
        }

        var queue = await _queue.ForCategoryAsync(Agents.Queue.QueueCategories.Of(ticket), cancellationToken).ConfigureAwait(false);
        return queue is { Blocked: false } ? queue.Channel with { ConversationId = posted.ConversationId } : null;
    }
}

internal enum SlaOutcome { Changed, Notice, Closed, Skipped }
