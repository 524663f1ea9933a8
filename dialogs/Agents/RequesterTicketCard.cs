using System.Globalization;
using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using MyTicketCards = ServiceDesk.Dialogs.Flows.MyTickets.TicketCards;
using ServiceDesk.Dialogs.Flows.MyTickets;
using ServiceDesk.Dialogs.Flows.ReportIncident;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Agents;

/// <summary>
/// The requester's own card of a ticket in their 1:1 chat, in their language: where it stands and, once resolved,
/// <b>It's fixed</b> (with a 1–5 rating) and <b>Still broken</b> (the "my tickets" verbs confirm and reopen).
/// Posted with the resolution notice and replaced in place after every later change.
/// </summary>
internal static class RequesterTicketCard
{
    public static AdaptiveCard Build(Ticket ticket, Texts texts, string? notice)
    {
        var data = new JsonObject { [TicketVerbs.NumberField] = ticket.Number.ToString(), [TicketVerbs.VersionField] = ticket.Version };
        var facts = new List<Fact>
        {
            new(texts.Get(TextKeys.TicketsStatus), MyTicketCards.Status(texts, ticket.Status)),
            new(texts.Get(TextKeys.IncidentFieldPriority), IncidentCards.PriorityLabel(texts, ticket.Priority)),
            new(texts.Get(TextKeys.TicketsAssignee), ticket.Assignee?.Name is { } name ? CardText.Literal(name) : texts.Get(TextKeys.TicketsNobodyYet)),
        };
        if (ticket.ResolutionNote is { } note)
        {
            facts.Add(new(texts.Get(TextKeys.AgentsFactResolution), CardText.Literal(note)));
        }

        if (ticket.Rating is { } rating)
        {
            facts.Add(new(texts.Get(TextKeys.AgentsFactRating), new string('★', rating) + new string('☆', 5 - rating)));
        }

        var fields = new List<FormField>();
        var actions = new List<AdaptiveAction>();
        if (ticket.Status == TicketStatus.Resolved)
        {
            // Not required on the card: "Still broken" must work without a rating; "It's fixed" without one is refused by the server.
            fields.Add(new(TicketVerbs.RatingField, texts.Get(TextKeys.TicketsRatingLabel))
            {
                Required = false,
                Choices = [.. Enumerable.Range(1, 5).Select(n => new Choice(new string('★', n), n.ToString(CultureInfo.InvariantCulture)))],
            });
            actions.Add(CardActions.Execute(texts.Get(TextKeys.AgentsItsFixed), TicketVerbs.Confirm, data, ActionStyle.Positive));
            actions.Add(CardActions.Execute(texts.Get(TextKeys.AgentsStillBroken), TicketVerbs.Reopen, data));
        }

        actions.Add(CardActions.Execute(texts.Get(TextKeys.TicketsOpenButton), TicketVerbs.Open, data));
        var heading = $"{ticket.Number} · {CardText.Literal(ticket.Title)}";
        return FormCard.Build(new FormCardView(heading, notice ?? $"{ticket.Number} {ticket.Title}: {MyTicketCards.Status(texts, ticket.Status)}")
        {
            Notice = notice is null ? null : CardText.Literal(notice),
            Facts = facts,
            Fields = fields,
            Actions = actions,
        });
    }
}
