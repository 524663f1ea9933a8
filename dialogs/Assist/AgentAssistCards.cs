using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Agents.TicketList;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Assist;

/// <summary>
/// What the agent's help shows: the summary (AI label first), the draft in an input the agent edits and sends with the
/// ticket card's own reply verb (the same checks, nothing sent before the click), and similar tickets, each opening
/// its card, with "Declare major incident" when several are open on this ticket's service.
/// </summary>
internal static class AgentAssistCards
{
    /// <summary>Open similar tickets on one service, this one included, from which a major incident is suggested.</summary>
    public const int MajorIncidentAt = 3;

    public static AdaptiveCard Summary(Ticket ticket, string summary, Texts texts) => new()
    {
        Body =
        [
            new TextBlock(texts.Get(TextKeys.AssistSummaryLabel)) { Size = TextSize.Small, IsSubtle = true, Wrap = true },
            new TextBlock(texts.Get(TextKeys.AssistSummaryTitle, ticket.Number)) { Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(CardText.Literal(summary)) { Wrap = true },
        ],
        FallbackText = texts.Get(TextKeys.AssistSummaryLabel) + "\n" + summary,
        MsTeams = TeamsCardProperties.Full,
    };

    public static AdaptiveCard Draft(Ticket ticket, string draft, Texts texts) => new()
    {
        Body =
        [
            new TextBlock(texts.Get(TextKeys.AssistDraftLabel)) { Size = TextSize.Small, IsSubtle = true, Wrap = true },
            new TextBlock(texts.Get(TextKeys.AssistDraftTitle, ticket.Number)) { Weight = TextWeight.Bolder, Wrap = true },
            new TextInput
            {
                Id = AgentVerbs.ReplyInput, Label = texts.Get(TextKeys.AgentsReplyLabel), IsMultiline = true, IsRequired = true,
                MaxLength = AgentVerbs.MaxText, ErrorMessage = texts.Get(TextKeys.EngineRequired),
                Value = draft.Length > AgentVerbs.MaxText ? draft[..AgentVerbs.MaxText] : draft,
            },
        ],
        Actions = [CardActions.Execute(texts.Get(TextKeys.AgentsReplySend), AgentVerbs.Reply, Data(ticket), ActionStyle.Positive)],
        FallbackText = texts.Get(TextKeys.AssistDraftLabel) + "\n" + draft,
        MsTeams = TeamsCardProperties.Full,
    };

    public static AdaptiveCard Similar(Ticket ticket, IReadOnlyList<Ticket> similar, Texts texts)
    {
        var body = new List<CardElement> { new TextBlock(texts.Get(TextKeys.AssistSimilarTitle, ticket.Number)) { Weight = TextWeight.Bolder, Wrap = true } };
        if (similar.Count == 0)
        {
            body.Add(new TextBlock(texts.Get(TextKeys.AssistSimilarNone)) { Wrap = true });
        }

        body.AddRange(similar.Select(t => (CardElement)new ActionSet(
        [
            CardActions.Execute(
                $"{t.Number} · {CardText.Literal(Cut(t.Title))} · {AgentTicketCard.Status(texts, t)}",
                TicketListVerbs.Open,
                new JsonObject { [TicketListVerbs.TicketField] = t.Number.ToString() }),
        ])));
        var open = similar.Count(t => t.Status.IsOpen() && t.Kind == TicketKind.Incident && t.Service is not null && t.Service == ticket.Service);
        var actions = new List<AdaptiveAction>();
        if (ticket.Status.IsOpen() && ticket.Kind == TicketKind.Incident && ticket.Service is { } service && open + 1 >= MajorIncidentAt)
        {
            body.Add(new TextBlock(texts.Get(TextKeys.AssistSimilarOpenOnService, CardText.Literal(service))) { Wrap = true, Weight = TextWeight.Bolder });
            actions.Add(CardActions.Execute(texts.Get(TextKeys.AssistDeclareMajor), Announcements.AnnouncementVerbs.Declare, Data(ticket), ActionStyle.Destructive));
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = actions.Count == 0 ? null : actions,
            FallbackText = texts.Get(TextKeys.AssistSimilarTitle, ticket.Number) + ": " + string.Join(", ", similar.Select(t => t.Number.ToString())),
            MsTeams = TeamsCardProperties.Full,
        };
    }

    private static JsonObject Data(Ticket ticket) =>
        new() { [AgentVerbs.TicketField] = ticket.Number.ToString(), [AgentVerbs.VersionField] = ticket.Version };

    private static string Cut(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
