using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.MyTickets;

// A problem stated as new while an open ticket of the employee is about the same thing: asked, never guessed.
internal sealed partial class MyTicketsFlow
{
    /// <summary>
    /// "Is this about INC-… or something new?": adding the message to that ticket as a comment, or reporting it as
    /// another problem (the incident form with the sentence), each one click.
    /// </summary>
    private static AdaptiveCard SameOrNew(DialogContext context, Ticket ticket, string text)
    {
        var texts = context.Texts;
        var heading = texts.Get(TextKeys.SameThingAsk, ticket.Number, CardText.Literal(ticket.Title));
        var comment = text.Length > TicketVerbs.MaxComment ? text[..TicketVerbs.MaxComment] : text;
        var question = text.Length > KnowledgeAnswerCard.MaxQueryLength ? text[..KnowledgeAnswerCard.MaxQueryLength] : text;
        var add = new JsonObject
        {
            [TicketVerbs.NumberField] = ticket.Number.ToString(),
            [TicketVerbs.VersionField] = ticket.Version,
            [TicketVerbs.CommentField] = comment,
        };
        return FormCard.Build(new FormCardView(heading, heading)
        {
            Actions =
            [
                CardActions.Execute(texts.Get(TextKeys.SameThingAdd, ticket.Number), TicketVerbs.Comment, add, ActionStyle.Positive),
                CardActions.Execute(texts.Get(TextKeys.KbReportItButton), KnowledgeVerbs.NotHelpful, new JsonObject { [KnowledgeFields.Query] = question, [AnotherProblemField] = "1" }),
            ],
        });
    }
}
