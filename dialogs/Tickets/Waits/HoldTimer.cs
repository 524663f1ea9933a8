using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets.Sla;

namespace ServiceDesk.Dialogs.Tickets.Waits;

/// <summary>
/// A ticket on hold awaiting its requester, against the clock (section <c>Waits:Holds</c>, whole business days from
/// the hold). After RemindAfterDays the requester is reminded in their language and the agents are told in the
/// ticket's thread; when AutoResolveAfterDays is set, the reminder announces the date of the automatic resolution
/// (never earlier than one business day after the reminder), and on that date the ticket is resolved, as an agent's
/// resolution would be (the requester can still say it is not fixed). A reply from the requester ends the hold, and
/// with it the timer. Each step is stored under the version read, with its messages: taken once.
/// </summary>
internal sealed class HoldTimer(
    ITicketStore tickets, ITicketNotifier notifier, IAgentQueue queue, IUserProfileStore profiles, SlaClock clock, IOptions<WaitOptions> options)
{
    /// <summary>Who the history shows for the timer's own changes.</summary>
    public static readonly TicketPerson Actor = new("service-desk:holds", null, "Hold timer");

    private HoldWaitOptions Settings => options.Value.Holds;

    public async Task<WaitOutcome> CheckAsync(Ticket ticket, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ticket is not { Status: TicketStatus.OnHold, OnHoldReason: OnHoldReason.AwaitingRequester, Sla.PausedSince: { } since })
        {
            return WaitOutcome.NotDue;
        }

        // A timer of an earlier hold (resumed since) does not count for this one.
        var wait = ticket.Wait is { } w && w.Since == since ? w : new WaitTimer(since, 0, DateTimeOffset.MaxValue);
        if (wait.Step == 0 && Settings.RemindAfterDays > 0 && BusinessDays.Add(clock.Business, since, Settings.RemindAfterDays) <= now)
        {
            return await RemindAsync(ticket, since, now, cancellationToken).ConfigureAwait(false);
        }

        return wait.Step == 1 && Settings.AutoResolveAfterDays > 0 && wait.DueAt <= now
            ? await ResolveAsync(ticket, since, now, cancellationToken).ConfigureAwait(false)
            : WaitOutcome.NotDue;
    }

    private async Task<WaitOutcome> RemindAsync(Ticket ticket, DateTimeOffset since, DateTimeOffset now, CancellationToken cancellationToken)
    {
        DateTimeOffset? resolveOn = null;
        if (Settings.AutoResolveAfterDays > 0)
        {
            var planned = BusinessDays.Add(clock.Business, since, Settings.AutoResolveAfterDays);
            var earliest = BusinessDays.Add(clock.Business, now, 1);
            resolveOn = planned > earliest ? planned : earliest;
        }

        var reminded = ticket with { Wait = new WaitTimer(since, 1, resolveOn ?? DateTimeOffset.MaxValue) };
        var change = new TicketEvent(now, Actor, TicketEventKind.Reminded, [new FieldChange("ResolvesOn", null, resolveOn?.ToString("O"))]);
        return await StoreAsync(ticket, reminded, change, HoldOutbox.Reminder, since, resolveOn, WaitOutcome.Reminded, cancellationToken).ConfigureAwait(false);
    }

    private async Task<WaitOutcome> ResolveAsync(Ticket ticket, DateTimeOffset since, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var requester = await profiles.GetAsync(ticket.Requester.Id, cancellationToken).ConfigureAwait(false);
        var note = HoldOutbox.ResolutionNote(requester, since);
        var resolved = ticket with
        {
            Status = TicketStatus.Resolved, OnHoldReason = null, ResolvedAt = now, UpdatedAt = now, ResolutionNote = note, Rating = null, Wait = null,
        };
        resolved = resolved with { Sla = clock.Update(ticket, resolved, now) };
        var change = new TicketEvent(now, Actor, TicketEventKind.Resolved, [new FieldChange("Status", ticket.Status.ToString(), nameof(TicketStatus.Resolved))], note);
        return await StoreAsync(ticket, resolved, change, HoldOutbox.Resolved, since, null, WaitOutcome.Resolved, cancellationToken).ConfigureAwait(false);
    }

    private async Task<WaitOutcome> StoreAsync(
        Ticket before, Ticket after, TicketEvent change, HoldOutbox.Builder messages, DateTimeOffset since, DateTimeOffset? resolveOn, WaitOutcome done,
        CancellationToken cancellationToken)
    {
        var notify = await notifier.ForAsync(before, change, cancellationToken).ConfigureAwait(false);
        var requester = await profiles.GetAsync(before.Requester.Id, cancellationToken).ConfigureAwait(false);
        var channel = before.Cards.QueueThread is null ? null : await queue.ForCategoryAsync(Agents.Queue.QueueCategories.Of(before), cancellationToken).ConfigureAwait(false);
        var context = new HoldOutbox.Context(requester, channel is { Blocked: false } ? channel : null, clock.Business.Zone, since, resolveOn);
        var result = await tickets.UpdateAsync(after, change, stored => [.. notify(stored), .. messages(stored, context)], cancellationToken).ConfigureAwait(false);

        // Someone (the requester answering, an agent, another instance) changed it since it was read: the next pass sees it.
        return result.Outcome == TicketUpdateOutcome.Updated ? done : WaitOutcome.Skipped;
    }
}
