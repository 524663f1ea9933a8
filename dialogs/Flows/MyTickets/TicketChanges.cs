using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.MyTickets;

/// <summary>
/// A requester's change to their ticket: the ticket as changed (null for a comment, which changes no field), the
/// history event, the text that confirms it, or why it is refused (shown on the card).
/// </summary>
internal sealed record TicketChange(Ticket? Changed, TicketEvent Event, string DoneKey, string? Error = null)
{
    private static readonly TicketEvent NoEvent = new(default, new TicketPerson("", null, null), TicketEventKind.Comment, []);

    public static TicketChange Refused(string error) => new(null, NoEvent, string.Empty, error);
}

internal static class TicketChanges
{
    public static TicketChange For(DialogContext context, Ticket ticket, CardAction action)
    {
        var texts = context.Texts;
        var me = new TicketPerson(context.Turn.From.Id, context.Turn.From.AadObjectId, context.Turn.From.Name);
        var comment = CardForm.Field(action.Data, TicketVerbs.CommentField);
        if (comment.WrongType)
        {
            return TicketChange.Refused(texts.Get(TextKeys.EngineWrongType));
        }

        if (comment.Text is { Length: > TicketVerbs.MaxComment } tooLong)
        {
            return TicketChange.Refused(texts.Get(TextKeys.EngineFieldTooLong, TicketVerbs.MaxComment, tooLong.Length));
        }

        var note = string.IsNullOrWhiteSpace(comment.Text) ? null : comment.Text;
        var now = context.Now;
        switch (action.Verb)
        {
            case TicketVerbs.Comment when note is null:
                return TicketChange.Refused(texts.Get(TextKeys.EngineRequired));
            case TicketVerbs.Comment when ticket is { Status: TicketStatus.OnHold, OnHoldReason: OnHoldReason.AwaitingRequester }:
                // The answer the service desk was waiting for: the ticket goes back to work and its clock runs again.
                return new(ticket with { Status = TicketStatus.InProgress, OnHoldReason = null, UpdatedAt = now },
                    StatusEvent(now, me, TicketEventKind.Comment, ticket.Status, TicketStatus.InProgress, note), TextKeys.TicketsCommentedResumed);
            case TicketVerbs.Comment:
                return new(null, new TicketEvent(now, me, TicketEventKind.Comment, [], note), TextKeys.TicketsCommented);
            case TicketVerbs.Cancel when !TicketRules.CanCancel(ticket):
                return TicketChange.Refused(texts.Get(TextKeys.TicketsCannotCancel));
            case TicketVerbs.Cancel:
                // Withdrawn by its requester: an approval card still out says so and can no longer be used.
                var withdrawn = StatusEvent(now, me, TicketEventKind.StatusChanged, ticket.Status, TicketStatus.Cancelled, note);
                return new(ticket with { Status = TicketStatus.Cancelled, Withdrawn = true, ClosedAt = now, UpdatedAt = now, Wait = null },
                    withdrawn with { Changes = [.. withdrawn.Changes, new FieldChange("Withdrawn", null, "true")] },
                    ticket.Kind == TicketKind.Request ? TextKeys.ItilWithdrawn : TextKeys.TicketsCancelled);
            case TicketVerbs.Confirm when ticket.Status != TicketStatus.Resolved:
                return TicketChange.Refused(texts.Get(TextKeys.TicketsCannotConfirm));
            case TicketVerbs.Confirm:
                var rating = CardForm.Number(action.Data, TicketVerbs.RatingField);
                if (rating is not (>= 1 and <= 5))
                {
                    return TicketChange.Refused(texts.Get(TextKeys.TicketsRatingRequired));
                }

                var closing = StatusEvent(now, me, TicketEventKind.Rated, ticket.Status, TicketStatus.Closed, note);
                var rated = closing with { Changes = [.. closing.Changes, new FieldChange("Rating", null, rating.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))] };
                return new(ticket with { Status = TicketStatus.Closed, Rating = (int)rating.Value, ClosedAt = now, UpdatedAt = now }, rated, TextKeys.TicketsConfirmed);
            case TicketVerbs.Reopen when ticket.Status == TicketStatus.Closed:
                return TicketChange.Refused(texts.Get(TextKeys.TicketsClosedFinal, ticket.Number));
            case TicketVerbs.Reopen when !TicketRules.CanReopen(ticket, now, context.Options.ReopenWindowDays):
                return TicketChange.Refused(texts.Get(TextKeys.TicketsCannotReopen, context.Options.ReopenWindowDays));
            case TicketVerbs.Reopen:
                var reopened = ticket.Assignee is null ? TicketStatus.New : TicketStatus.InProgress;
                // As an agent's reopen: the resolution it undoes and any rating of it no longer hold.
                return new(ticket with { Status = reopened, ResolvedAt = null, ClosedAt = null, ResolutionNote = null, Rating = null, UpdatedAt = now },
                    StatusEvent(now, me, TicketEventKind.Reopened, ticket.Status, reopened, note), TextKeys.TicketsReopened);
            default:
                return TicketChange.Refused(texts.Get(TextKeys.InvokeUnknownAction));
        }
    }

    private static TicketEvent StatusEvent(DateTimeOffset now, TicketPerson me, TicketEventKind kind, TicketStatus from, TicketStatus to, string? note) =>
        new(now, me, kind, [new FieldChange("Status", from.ToString(), to.ToString())], note);
}
