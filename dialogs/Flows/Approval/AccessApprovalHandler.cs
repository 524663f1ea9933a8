using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.Approval;

/// <summary>
/// Approve / Reject on an approval card. The card is untrusted: the ticket is reloaded, only a designated approver
/// may act, a stale or already decided card gets the current card, and the decision is stored under the version
/// read, so two clicks (or two approvers) at once make one decision. The requester hears of it through the outbox.
/// </summary>
internal sealed class AccessApprovalHandler(
    ITicketStore tickets, IUserProfileStore profiles, AccessCatalogue catalogue, TimeProvider clock, Agents.ITicketNotifier notifier,
    Fulfilment.AccessFulfilment autoFulfilment)
    : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs => [ApprovalVerbs.Approve, ApprovalVerbs.Reject];

    /// <summary>Answers the turn's card action (<see cref="ApprovalVerbs.Approve"/> or <see cref="ApprovalVerbs.Reject"/>).</summary>
    public async Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var action = turn.Action ?? throw new ArgumentException("Not a card action.", nameof(turn));
        var texts = Texts.For(turn.Locale);
        var zone = AccessDisplay.Zone(turn.TimeZone);
        var data = ApprovalCardData.Read(action.Data);
        if (!data.IsValid || !ApprovalVerbs.Handles(action.Verb))
        {
            return TurnResult.Refused(action, texts.Get(ApprovalTextKeys.InvalidCard));
        }

        var ticket = await tickets.GetAsync(data.Number, cancellationToken).ConfigureAwait(false);
        if (ticket?.Access is not { } access || !ticket.InTenant(turn.Conversation.TenantId))
        {
            return TurnResult.Refused(action, texts.Get(ApprovalTextKeys.NotFound));
        }

        if (!ApprovalClick.IsApprover(access.ApproverIds, turn.From))
        {
            // Anyone else: a clear refusal, and the card they clicked stays as it is.
            return TurnResult.Refused(action, texts.Get(ApprovalTextKeys.NotApprover));
        }

        if (ticket.Status != TicketStatus.AwaitingApproval)
        {
            // Withdrawn by the requester (or expired) since the card was sent: it says so, and nothing can be decided.
            var why = ticket.Withdrawn ? texts.Get(TextKeys.ItilWithdrawnLate, ticket.Number) : texts.Get(ApprovalTextKeys.AlreadyDecided);
            return ApprovalClick.Show(action, AccessApprovalCards.Build(ticket, catalogue, texts, zone, why));
        }

        if (ticket.Version != data.Version)
        {
            return ApprovalClick.Show(action, AccessApprovalCards.Build(ticket, catalogue, texts, zone, texts.Get(TextKeys.InvokeStaleCard)));
        }

        var approve = action.Verb == ApprovalVerbs.Approve;
        var commentError = ApprovalClick.CommentError(data.Comment, approve, texts);
        if (commentError is not null)
        {
            return ApprovalClick.Show(action, AccessApprovalCards.Build(ticket, catalogue, texts, zone, commentValue: data.Comment, commentError: commentError));
        }

        return await DecideAsync(turn, action, ticket, approve, data.Comment, texts, zone, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TurnResult> DecideAsync(
        Turn turn, CardAction action, Ticket ticket, bool approve, string? comment, Texts texts, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var status = approve ? TicketStatus.Approved : TicketStatus.Rejected;
        var actor = new TicketPerson(turn.From.Id, turn.From.AadObjectId, turn.From.Name);
        var changed = ticket with
        {
            Status = status,
            Access = ticket.Access! with { DecidedBy = actor.Id, DecidedByName = actor.Name, DecidedAt = now, DecisionComment = comment },
        };
        var change = new TicketEvent(
            now, actor, approve ? TicketEventKind.Approved : TicketEventKind.Rejected,
            [new FieldChange("status", ticket.Status.ToString(), status.ToString())], comment);
        var requester = await profiles.GetAsync(ticket.Requester.Id, cancellationToken).ConfigureAwait(false);

        // Approved: the request goes to the agents' queue for fulfilment (the notifier starts its thread there).
        var fulfilment = approve ? await notifier.ForAsync(ticket, change, cancellationToken).ConfigureAwait(false) : null;
        if (approve)
        {
            // An entry that fulfils itself: its membership job first, so it exists whenever the approval does (it waits for it).
            await autoFulfilment.BeforeApprovalAsync(ticket, cancellationToken).ConfigureAwait(false);
        }

        var result = await tickets.UpdateAsync(
            changed,
            change,
            stored => [.. AccessOutbox.Decision(stored, requester, catalogue, turn.Conversation, texts, zone), .. fulfilment?.Invoke(stored) ?? []],
            cancellationToken)
            .ConfigureAwait(false);

        return result switch
        {
            { Outcome: TicketUpdateOutcome.Updated, Ticket: { } stored } => ApprovalClick.Show(action, AccessApprovalCards.Build(stored, catalogue, texts, zone)),
            // Someone (a second click, another approver) changed it first: show what it is now.
            { Outcome: TicketUpdateOutcome.Conflict, Ticket: { } current } => ApprovalClick.Show(action, AccessApprovalCards.Build(
                current, catalogue, texts, zone, current.Withdrawn ? texts.Get(TextKeys.ItilWithdrawnLate, current.Number)
                    : texts.Get(current.Status == TicketStatus.AwaitingApproval ? TextKeys.InvokeStaleCard : ApprovalTextKeys.AlreadyDecided))),
            _ => TurnResult.Refused(action, texts.Get(ApprovalTextKeys.NotFound)),
        };
    }
}
