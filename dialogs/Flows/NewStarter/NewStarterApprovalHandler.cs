using System.Text.Json;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.NewStarter;

/// <summary>
/// Approve / Reject on the card of one item of a new starter's request. The card is untrusted: the ticket is reloaded,
/// only that item's approvers may act, an item already decided gets the current card. Each item is decided on its own:
/// two approvers of two items may click at once (a lost race is retried on the fresh ticket, the item still pending).
/// When the last item is decided the request is Approved (something to fulfil) or Rejected; the agents' card, posted
/// when the request was made, is replaced in place after every decision, and the requester is told of each.
/// </summary>
internal sealed class NewStarterApprovalHandler(
    ITicketStore tickets, IUserProfileStore profiles, AccessCatalogue catalogue, TimeProvider clock, Agents.ITicketNotifier notifier)
    : ICardActionHandler
{
    private const int Attempts = 3;

    public IReadOnlyCollection<string> Verbs => [NewStarterApprovalCards.Approve, NewStarterApprovalCards.Reject];

    public async Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var action = turn.Action ?? throw new ArgumentException("Not a card action.", nameof(turn));
        var texts = Texts.For(turn.Locale);
        var zone = AccessDisplay.Zone(turn.TimeZone);
        var data = ApprovalCardData.Read(action.Data);
        var index = action.Data.ValueKind == JsonValueKind.Object && action.Data.TryGetProperty(NewStarterApprovalCards.ItemField, out var i)
            && i.ValueKind == JsonValueKind.Number && i.TryGetInt32(out var n) ? n : -1;
        if (!data.IsValid || index < 0)
        {
            return TurnResult.Refused(action, texts.Get(ApprovalTextKeys.InvalidCard));
        }

        var approve = action.Verb == NewStarterApprovalCards.Approve;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var ticket = await tickets.GetAsync(data.Number, cancellationToken).ConfigureAwait(false);
            if (ticket?.NewStarter is not { } starter || index >= starter.Items.Count || !ticket.InTenant(turn.Conversation.TenantId))
            {
                return TurnResult.Refused(action, texts.Get(ApprovalTextKeys.NotFound));
            }

            if (!ApprovalClick.IsApprover(starter.Items[index].ApproverIds, turn.From))
            {
                return TurnResult.Refused(action, texts.Get(ApprovalTextKeys.NotApprover));
            }

            if (ticket.Status != TicketStatus.AwaitingApproval || starter.Items[index].Decision != ItemDecision.Pending)
            {
                var why = ticket.Withdrawn ? texts.Get(TextKeys.ItilWithdrawnLate, ticket.Number) : texts.Get(ApprovalTextKeys.AlreadyDecided);
                return ApprovalClick.Show(action, NewStarterApprovalCards.Build(ticket, index, catalogue, texts, zone, why));
            }

            var commentError = ApprovalClick.CommentError(data.Comment, approve, texts);
            if (commentError is not null)
            {
                return ApprovalClick.Show(action, NewStarterApprovalCards.Build(ticket, index, catalogue, texts, zone, commentValue: data.Comment, commentError: commentError));
            }

            var result = await DecideAsync(turn, ticket, index, approve, data.Comment, cancellationToken).ConfigureAwait(false);
            if (result is { Outcome: TicketUpdateOutcome.Updated, Ticket: { } stored })
            {
                return ApprovalClick.Show(action, NewStarterApprovalCards.Build(stored, index, catalogue, texts, zone));
            }
        }

        return TurnResult.Refused(action, texts.Get(TextKeys.InvokeStaleCard));
    }

    private async Task<TicketUpdateResult> DecideAsync(Turn turn, Ticket ticket, int index, bool approve, string? comment, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var actor = new TicketPerson(turn.From.Id, turn.From.AadObjectId, turn.From.Name);
        var starter = ticket.NewStarter!;
        var decided = starter.Items[index] with
        {
            Decision = approve ? ItemDecision.Approved : ItemDecision.Rejected,
            DecidedBy = actor.Id,
            DecidedByName = actor.Name,
            DecidedAt = now,
            Comment = comment,
        };
        var details = starter with { Items = [.. starter.Items.Select((item, i) => i == index ? decided : item)] };
        var status = !details.AllDecided ? TicketStatus.AwaitingApproval : details.AnyToFulfil ? TicketStatus.Approved : TicketStatus.Rejected;
        var changes = new List<FieldChange> { new("item:" + decided.ResourceId, nameof(ItemDecision.Pending), decided.Decision.ToString()) };
        if (status != ticket.Status)
        {
            changes.Add(new FieldChange("status", ticket.Status.ToString(), status.ToString()));
        }

        // An item's decision is an update, not Approved: the request's card is in its queue since it was made.
        var change = new TicketEvent(now, actor, TicketEventKind.Updated, changes, comment);
        var changed = ticket with { Status = status, NewStarter = details, UpdatedAt = now };
        var requester = await profiles.GetAsync(ticket.Requester.Id, cancellationToken).ConfigureAwait(false);
        var queueCard = await notifier.ForAsync(ticket, change, cancellationToken).ConfigureAwait(false);
        return await tickets.UpdateAsync(
            changed,
            change,
            stored => [NewStarterOutbox.Decision(stored, index, requester, catalogue, turn.Conversation), .. queueCard(stored)],
            cancellationToken).ConfigureAwait(false);
    }
}
