using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.NewStarter;

/// <summary>
/// The approval card of one item of a new starter's request, in one reader's language: who starts and when, the item
/// to decide, and the whole request for context. Buttons while that item awaits a decision, the decision after.
/// </summary>
internal static class NewStarterApprovalCards
{
    public const string Approve = "starter.approve";
    public const string Reject = "starter.reject";
    public const string ItemField = "item";

    public static AdaptiveCard Build(
        Ticket ticket, int index, AccessCatalogue catalogue, Texts texts, TimeZoneInfo zone,
        string? notice = null, string? commentValue = null, string? commentError = null)
    {
        var starter = ticket.NewStarter ?? throw new ArgumentException("Not a new starter's request.", nameof(ticket));
        var item = starter.Items[index];
        var requester = CardText.Literal(ticket.Requester.Name ?? ticket.Requester.Id);
        var what = NewStarterCards.Item(item.ResourceId, item.Level, catalogue, texts);
        var awaiting = ticket.Status == TicketStatus.AwaitingApproval && item.Decision == ItemDecision.Pending;
        var facts = new List<Fact>
        {
            new(texts.Get(AccessTextKeys.FactRequester), requester),
            new(texts.Get(TextKeys.StarterFactWho), CardText.Literal(starter.Name)),
            new(texts.Get(TextKeys.StarterFactStart), AccessDisplay.Date(starter.StartDate, texts)),
            new(texts.Get(TextKeys.CatalogueFactItem), what),
            new(texts.Get(AccessTextKeys.FactRequestedOn), AccessDisplay.DateTime(ticket.CreatedAt, zone, texts)),
        };
        if (AccessDisplay.Routing(item.Routing, texts) is { } why)
        {
            // As on a single access request's card: the approver is not the usual one, and the card says why.
            facts.Add(new(texts.Get(TextKeys.GraphFactApproverWhy), why));
        }

        var all = string.Join("\n", starter.Items.Select(i => $"• {NewStarterCards.Item(i.ResourceId, i.Level, catalogue, texts)}: {NewStarterCards.Decision(i, texts)}"));
        return AccessApprovalCard.Build(new AccessApprovalView(
            texts.Get(TextKeys.StarterApprovalTitle, ticket.Number, CardText.Literal(starter.Name)),
            texts.Get(awaiting ? TextKeys.StarterApprovalIntro : TextKeys.StarterApprovalIntroOther, requester, what, CardText.Literal(starter.Name)),
            facts,
            texts.Get(TextKeys.StarterApprovalWhole),
            all,
            texts.Get(TextKeys.StarterApprovalFallback, ticket.Number, ticket.Requester.Name ?? ticket.Requester.Id, what, starter.Name),
            notice,
            awaiting ? null : Decision(ticket, item, texts, zone),
            awaiting ? Buttons(ticket, index, texts, commentValue, commentError) : null));
    }

    private static AccessDecisionView Decision(Ticket ticket, RequestItem item, Texts texts, TimeZoneInfo zone)
    {
        var who = CardText.Literal(item.DecidedByName ?? item.DecidedBy ?? "?");
        var when = AccessDisplay.DateTime(item.DecidedAt ?? ticket.UpdatedAt, zone, texts);
        var comment = item.Comment is { } c ? CardText.Literal(c) : null;
        var label = texts.Get(ApprovalTextKeys.CommentShown);
        return item.Decision switch
        {
            ItemDecision.Approved => new AccessDecisionView(texts.Get(ApprovalTextKeys.ApprovedBy, who, when), true, label, comment),
            ItemDecision.Rejected => new AccessDecisionView(texts.Get(ApprovalTextKeys.RejectedBy, who, when), false, label, comment),
            _ when ticket.Withdrawn => new AccessDecisionView(
                texts.Get(TextKeys.ItilWithdrawnBy, CardText.Literal(ticket.Requester.Name ?? ticket.Requester.Id), AccessDisplay.DateTime(ticket.ClosedAt ?? ticket.UpdatedAt, zone, texts)), false),
            _ => new AccessDecisionView(texts.Get(ApprovalTextKeys.ClosedAs), false),
        };
    }

    private static AccessApprovalButtons Buttons(Ticket ticket, int index, Texts texts, string? commentValue, string? commentError) =>
        new(
            texts.Get(ApprovalTextKeys.Approve),
            Approve,
            texts.Get(ApprovalTextKeys.Reject),
            Reject,
            texts.Get(ApprovalTextKeys.CommentLabel),
            texts.Get(ApprovalTextKeys.CommentPlaceholder),
            AccessApprovalCards.CommentMaxLength,
            new JsonObject { [ApprovalVerbs.TicketField] = ticket.Number.ToString(), [ApprovalVerbs.VersionField] = ticket.Version, [ItemField] = index },
            commentValue,
            commentError);
}
