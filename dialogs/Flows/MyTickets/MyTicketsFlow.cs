using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.MyTickets;

/// <summary>
/// Flow 3, my tickets: the list, one ticket's details, and the requester's actions on it (comment, cancel, confirm
/// and rate, reopen). Only the requester sees or acts on a ticket: anyone else's number answers "not found", exactly
/// like a number that does not exist. A card showing an older version than the stored one is refused with a fresh one.
/// </summary>
internal sealed partial class MyTicketsFlow(
    ITicketStore tickets,
    Agents.ITicketNotifier notifier,
    ISlaClock slaClock,
    Catalogue.IncidentCatalogue incidents,
    Catalogue.AccessCatalogue access,
    IUserProfileStore profiles,
    IOutboxStore outbox)
{
    private readonly TicketMatcher _matcher = new(incidents, access);

    private const int PageSize = 50;

    public async Task<IReadOnlyList<Reply>> ListAsync(DialogContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [Reply.Of(TicketCards.List(context, await ListedAsync(context, cancellationToken).ConfigureAwait(false)))];
    }

    /// <summary>The employee's open tickets and those closed recently: what "my tickets" shows and follow-ups search.</summary>
    private async Task<IReadOnlyList<Ticket>> ListedAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var page = await tickets.ListByRequesterAsync(context.Turn.From.Id, PageSize, null, cancellationToken).ConfigureAwait(false);
        return [.. page.Tickets.Where(t => t.Requester.Id == context.Turn.From.Id && t.InTenant(context.Turn.Conversation.TenantId)
            && TicketRules.IsListed(t, context.Now, context.Options.RecentlyClosedDays))];
    }

    /// <summary>
    /// The employee's ticket <paramref name="number"/>; <paramref name="eitherKind"/> when it was typed without INC or REQ
    /// ("#42"): their request of that number when they have no such incident.
    /// </summary>
    public async Task<IReadOnlyList<Reply>> OpenAsync(DialogContext context, TicketNumber? number, CancellationToken cancellationToken, bool eitherKind = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ticket = await OwnAsync(context, number, cancellationToken).ConfigureAwait(false);
        if (ticket is null && eitherKind && number is { } typed)
        {
            ticket = await OwnAsync(context, OtherKind(typed), cancellationToken).ConfigureAwait(false);
        }

        // "reopen INC-…" typed about a closed ticket: it stays closed, and its card offers the follow-up.
        var notice = ticket is { Status: TicketStatus.Closed, FollowUp: null } && ReopenCues.AsksReopen(context.Turn.Text)
            ? context.Texts.Get(TextKeys.TicketsClosedFinal, ticket.Number) : null;
        return ticket is null ? NotFound(context, number) : [await DetailsAsync(context, ticket, notice, null, cancellationToken).ConfigureAwait(false)];
    }

    /// <summary>tickets.open / comment / cancel / confirm / reopen from a card (untrusted data).</summary>
    public async Task<IReadOnlyList<Reply>> ActAsync(DialogContext context, CardAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        var number = TicketNumber.TryParse(CardForm.Field(action.Data, TicketVerbs.NumberField).Text, out var parsed) ? parsed : (TicketNumber?)null;
        var ticket = await OwnAsync(context, number, cancellationToken).ConfigureAwait(false);
        if (ticket is null)
        {
            return NotFound(context, number);
        }

        if (action.Verb == TicketVerbs.Open)
        {
            return [await DetailsAsync(context, ticket, null, null, cancellationToken).ConfigureAwait(false)];
        }

        if (CardForm.Number(action.Data, TicketVerbs.VersionField) != ticket.Version)
        {
            return [await DetailsAsync(context, ticket, context.Texts.Get(TextKeys.InvokeStaleCard), null, cancellationToken).ConfigureAwait(false)];
        }

        if (action.Verb == TicketVerbs.FollowUp)
        {
            var note = CardForm.Field(action.Data, TicketVerbs.CommentField).Text;
            return await OpenFollowUpAsync(context, ticket, string.IsNullOrWhiteSpace(note) ? null : note, cancellationToken).ConfigureAwait(false);
        }

        var change = TicketChanges.For(context, ticket, action);
        if (change.Error is { } error)
        {
            return [await DetailsAsync(context, ticket, null, error, cancellationToken).ConfigureAwait(false)];
        }

        // The agents see it: their card is replaced, a comment appears in the ticket's thread.
        var outbox = await OutboxAsync(context, ticket, change, cancellationToken).ConfigureAwait(false);
        // Closing, cancelling or reopening moves the SLA clock (stopped, or restarted with the resolved time as a pause).
        var result = change.Changed is { } changed
            ? await tickets.UpdateAsync(changed with { Sla = slaClock.Update(ticket, changed, context.Now) }, change.Event, outbox, cancellationToken).ConfigureAwait(false)
            : await tickets.AppendEventAsync(ticket.Number, change.Event, outbox, cancellationToken).ConfigureAwait(false);
        return result.Outcome switch
        {
            TicketUpdateOutcome.Updated => [await DetailsAsync(context, result.Ticket!, context.Texts.Get(change.DoneKey), null, cancellationToken).ConfigureAwait(false)],
            TicketUpdateOutcome.Conflict => [await DetailsAsync(context, result.Ticket!, context.Texts.Get(TextKeys.InvokeStaleCard), null, cancellationToken).ConfigureAwait(false)],
            _ => NotFound(context, number),
        };
    }

    /// <summary>The ticket if it exists and this person requested it; otherwise null (the same for both).</summary>
    private static TicketNumber OtherKind(TicketNumber number) =>
        new(number.Kind == TicketKind.Incident ? TicketKind.Request : TicketKind.Incident, number.Sequence);

    private async Task<Ticket?> OwnAsync(DialogContext context, TicketNumber? number, CancellationToken cancellationToken)
    {
        if (number is not { } n)
        {
            return null;
        }

        var ticket = await tickets.GetAsync(n, cancellationToken).ConfigureAwait(false);
        return ticket is not null && ticket.Requester.Id == context.Turn.From.Id && ticket.InTenant(context.Turn.Conversation.TenantId) ? ticket : null;
    }

    private async Task<Reply> DetailsAsync(DialogContext context, Ticket ticket, string? notice, string? error, CancellationToken cancellationToken)
    {
        var history = await tickets.GetHistoryAsync(ticket.Number, cancellationToken).ConfigureAwait(false);
        return Reply.Of(TicketCards.Details(context, ticket, history, notice, error, access));
    }

    private static IReadOnlyList<Reply> NotFound(DialogContext context, TicketNumber? number) =>
        [Reply.Of(context.Texts.Get(TextKeys.TicketsNotFound, number?.ToString() ?? "?"))];
}
