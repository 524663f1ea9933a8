using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.Approval;

/// <summary>The approval card of one access request, in one reader's language and time zone.</summary>
internal static class AccessApprovalCards
{
    public const int CommentMaxLength = 1000;

    /// <summary>
    /// The card for the ticket as it stands: buttons (carrying its number and version) while it awaits approval,
    /// the decision (who, when, comment) once decided.
    /// </summary>
    public static AdaptiveCard Build(
        Ticket ticket, AccessCatalogue catalogue, Texts texts, TimeZoneInfo zone,
        string? notice = null, string? commentValue = null, string? commentError = null)
    {
        var access = ticket.Access ?? throw new ArgumentException("Not an access request.", nameof(ticket));
        var resource = AccessDisplay.Resource(catalogue, access.ResourceId, texts);
        var level = AccessDisplay.Level(access.Level, texts);
        var requester = CardText.Literal(ticket.Requester.Name ?? ticket.Requester.Id);
        var part = AccessTextKeys.PartOf(catalogue.Find(access.ResourceId));
        var facts = new List<Fact>
        {
            new(texts.Get(AccessTextKeys.FactRequester), requester),
            new(texts.Get(AccessTextKeys.For(part, AccessTextKeys.FactResource)), CardText.Literal(resource)),
            new(texts.Get(AccessTextKeys.FactRequestedOn), AccessDisplay.DateTime(ticket.CreatedAt, zone, texts)),
        };
        facts.InsertRange(2, AccessRequestCards.LevelAndEnd(access.Level, access.EndDate, texts));
        if (access.Approvers is { Count: > 0 } approvers)
        {
            facts.Add(new(texts.Get(AccessTextKeys.FactApprover), AccessDisplay.People(approvers, texts, forCard: true)));
        }

        if (AccessDisplay.Routing(access.Routing, texts) is { } why)
        {
            facts.Add(new(texts.Get(TextKeys.GraphFactApproverWhy), why));
        }

        var awaiting = ticket.Status == TicketStatus.AwaitingApproval;
        // A software or hardware item names what is asked in the intro ("asks for Visio"): "asks for access" would be wrong.
        var (title, intro, fallback) = access.IsItem
            ? (texts.Get(TextKeys.CatalogueApprovalTitle, ticket.Number),
                texts.Get(awaiting ? TextKeys.CatalogueApprovalIntro : TextKeys.CatalogueApprovalIntroOther, requester, CardText.Literal(resource)),
                texts.Get(TextKeys.CatalogueApprovalFallback, ticket.Number, ticket.Requester.Name ?? ticket.Requester.Id, resource))
            : (texts.Get(ApprovalTextKeys.CardTitle, ticket.Number),
                texts.Get(awaiting ? ApprovalTextKeys.CardIntro : ApprovalTextKeys.CardIntroOther, requester),
                texts.Get(ApprovalTextKeys.CardFallback, ticket.Number, ticket.Requester.Name ?? ticket.Requester.Id, resource, level));
        return AccessApprovalCard.Build(new AccessApprovalView(
            title,
            intro,
            facts,
            texts.Get(access.IsItem ? AccessTextKeys.For(part, AccessTextKeys.JustificationLabel) : ApprovalTextKeys.Justification),
            CardText.Literal(access.Justification),
            fallback,
            notice,
            awaiting ? null : Decision(ticket, access, texts, zone),
            awaiting ? Buttons(ticket, texts, commentValue, commentError) : null));
    }

    private static AccessDecisionView Decision(Ticket ticket, AccessRequestDetails access, Texts texts, TimeZoneInfo zone)
    {
        var requester = CardText.Literal(ticket.Requester.Name ?? ticket.Requester.Id);
        var who = CardText.Literal(access.DecidedByName ?? access.DecidedBy ?? "?");
        var when = AccessDisplay.DateTime(access.DecidedAt ?? ticket.UpdatedAt, zone, texts);
        var comment = access.DecisionComment is { } c ? CardText.Literal(c) : null;
        var commentLabel = texts.Get(ApprovalTextKeys.CommentShown);
        return ticket.Status switch
        {
            TicketStatus.Rejected => new AccessDecisionView(texts.Get(ApprovalTextKeys.RejectedBy, who, when), false, commentLabel, comment),
            TicketStatus.Cancelled when ticket.Withdrawn => new AccessDecisionView(
                texts.Get(TextKeys.ItilWithdrawnBy, requester, AccessDisplay.DateTime(ticket.ClosedAt ?? ticket.UpdatedAt, zone, texts)), false),
            TicketStatus.Cancelled when access.DecidedBy == ApprovalTimer.Actor.Id => new AccessDecisionView(texts.Get(TextKeys.ItilExpiredOn, when), false),
            _ when access.DecidedBy is null => new AccessDecisionView(texts.Get(ApprovalTextKeys.ClosedAs), false),
            _ => new AccessDecisionView(texts.Get(ApprovalTextKeys.ApprovedBy, who, when), true, commentLabel, comment),
        };
    }

    private static AccessApprovalButtons Buttons(Ticket ticket, Texts texts, string? commentValue, string? commentError) =>
        new(
            texts.Get(ApprovalTextKeys.Approve),
            ApprovalVerbs.Approve,
            texts.Get(ApprovalTextKeys.Reject),
            ApprovalVerbs.Reject,
            texts.Get(ApprovalTextKeys.CommentLabel),
            texts.Get(ApprovalTextKeys.CommentPlaceholder),
            CommentMaxLength,
            new JsonObject { [ApprovalVerbs.TicketField] = ticket.Number.ToString(), [ApprovalVerbs.VersionField] = ticket.Version },
            commentValue,
            commentError);
}
