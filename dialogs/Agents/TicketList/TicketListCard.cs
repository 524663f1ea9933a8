using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Flows.ReportIncident;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Agents.TicketList;

/// <summary>
/// The agents' list of open tickets: one row per ticket (number, title, priority, status, who asked, who has it, the
/// due time that matters) with <b>Open</b> and, when nobody has it, <b>Assign to me</b>; the other filters and
/// <b>Refresh</b> at the bottom. The card asks Teams to refresh it whenever the agent who asked looks at it again, so
/// it shows the queue as it is, not as it was.
/// </summary>
internal static class TicketListCard
{
    public static AdaptiveCard Build(TicketListPage page, Func<Ticket, (bool AtRisk, bool Breached)> sla, AgentCardReader reader, string agentId, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var texts = reader.Texts;
        var body = new List<CardElement>
        {
            new TextBlock(texts.Get(TextKeys.TicketListTitle, Name(page.Filter, texts))) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(Summary(page, texts)) { Wrap = true, IsSubtle = true, Spacing = Spacing.None },
        };
        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Weight = TextWeight.Bolder, Wrap = true });
        }

        body.AddRange(page.Tickets.Select(t => Row(t, sla(t), reader)));
        var others = TicketListFilters.All.Where(f => f != page.Filter).Select(f => Show(Name(f, texts), f)).ToList();
        return new AdaptiveCard
        {
            Body = body,
            Actions = [.. others, Show(texts.Get(TextKeys.TicketListRefresh), page.Filter)],
            Refresh = new CardRefresh(Show(texts.Get(TextKeys.TicketListRefresh), page.Filter), [agentId]),
            FallbackText = texts.Get(TextKeys.TicketListTitle, Name(page.Filter, texts)) + " · " + Summary(page, texts),
            MsTeams = TeamsCardProperties.Full,
        };
    }

    /// <summary>The filter's name, on the title and on its button (short: a button label stays whole).</summary>
    public static string Name(TicketListFilter filter, Texts texts) => texts.Get(filter switch
    {
        TicketListFilter.Mine => TextKeys.TicketListMine,
        TicketListFilter.AtRisk => TextKeys.TicketListAtRisk,
        TicketListFilter.Breached => TextKeys.TicketListBreached,
        _ => TextKeys.TicketListUnassigned,
    });

    private static string Summary(TicketListPage page, Texts texts)
    {
        var count = page.Tickets.Count == 0
            ? texts.Get(TextKeys.TicketListEmpty)
            : page.More ? texts.Get(TextKeys.TicketListFirst, page.Tickets.Count) : texts.Count(CountKeys.TicketListCount, page.Tickets.Count);
        return page.EveryQueue ? count + " " + texts.Get(TextKeys.TicketListEveryQueue) : count;
    }

    private static Container Row(Ticket ticket, (bool AtRisk, bool Breached) sla, AgentCardReader reader)
    {
        var texts = reader.Texts;
        var who = ticket.Assignee is { } assignee ? CardText.Literal(assignee.Name ?? assignee.Id) : texts.Get(TextKeys.TicketsNobodyYet);
        var line = $"{IncidentCards.PriorityLabel(texts, ticket.Priority)} · {AgentTicketCard.Status(texts, ticket)} · {CardText.Literal(ticket.Requester.Name ?? ticket.Requester.Id)} → {who}";
        var items = new List<CardElement>
        {
            new TextBlock($"{ticket.Number} · {CardText.Literal(ticket.Title)}") { Weight = TextWeight.Bolder, Wrap = true, MaxLines = 2 },
            new TextBlock(line) { Wrap = true, IsSubtle = true, Spacing = Spacing.None },
        };
        if (Due(ticket, sla, reader) is { } due)
        {
            items.Add(new TextBlock(due) { Wrap = true, Spacing = Spacing.None, Weight = sla.Breached || sla.AtRisk ? TextWeight.Bolder : null });
        }

        var data = new JsonObject { [TicketListVerbs.TicketField] = ticket.Number.ToString() };
        var actions = new List<AdaptiveAction> { CardActions.Execute(texts.Get(TextKeys.TicketListOpen), TicketListVerbs.Open, data) };
        if (AgentRules.Allows(ticket, AgentVerbs.AssignMe))
        {
            var assign = new JsonObject { [AgentVerbs.TicketField] = ticket.Number.ToString(), [AgentVerbs.VersionField] = ticket.Version };
            actions.Add(CardActions.Execute(texts.Get(TextKeys.AgentsAssignMe), AgentVerbs.AssignMe, assign, ActionStyle.Positive));
        }

        items.Add(new ActionSet(actions) { Spacing = Spacing.Small });
        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }

    /// <summary>The due time that matters: the response until someone answered, then the resolution; none on hold for the requester.</summary>
    private static string? Due(Ticket ticket, (bool AtRisk, bool Breached) sla, AgentCardReader reader)
    {
        if (ticket.Sla is not { } state)
        {
            return null;
        }

        var texts = reader.Texts;
        var (key, at) = state.RespondedAt is null
            ? (TextKeys.AgentsFactResponseDue, state.ResponseDue)
            : (TextKeys.AgentsFactResolutionDue, state.ResolutionDue);
        var marker = sla.Breached ? " · ⛔ " + texts.Get(TextKeys.AgentsSlaBreached) : sla.AtRisk ? " · ⚠ " + texts.Get(TextKeys.AgentsSlaAtRisk) : string.Empty;
        return $"{texts.Get(key)} {AgentTicketCard.When(at, reader)}{marker}";
    }

    private static ExecuteAction Show(string title, TicketListFilter filter) =>
        CardActions.Execute(title, TicketListVerbs.Show, new JsonObject { [TicketListVerbs.FilterField] = TicketListFilters.Value(filter) });
}
