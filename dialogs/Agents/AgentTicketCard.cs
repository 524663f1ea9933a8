using System.Globalization;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using MyTicketCards = ServiceDesk.Dialogs.Flows.MyTickets.TicketCards;
using ServiceDesk.Dialogs.Flows.MyTickets;
using ServiceDesk.Dialogs.Flows.ReportIncident;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Agents;

/// <summary>Who reads the card: language, time zone, and the agents offered by "Assign to…".</summary>
internal sealed record AgentCardReader(Texts Texts, TimeZoneInfo Zone, IReadOnlyList<TicketPerson> Agents)
{
    /// <summary>A language model is configured: the card offers the agent's help (summary, draft reply, similar tickets).</summary>
    public bool Assisted { get; init; }

    /// <summary>
    /// The card posted in the channel (and PUT after every change) is one card for every agent: in the queue's language
    /// and time zone (<see cref="QueueChannel.Locale"/>, <see cref="QueueChannel.TimeZone"/>; no queue: English, UTC).
    /// An agent's own invoke answer uses their language and time zone.
    /// </summary>
    public static AgentCardReader Channel(IReadOnlyList<TicketPerson> agents, QueueChannel? queue) =>
        new(Texts.For(queue?.Locale), Conversation.DialogContext.TimeZoneOf(queue?.TimeZone), agents);
}

/// <summary>
/// The ticket card of the agents' channel: what the ticket is, who asked, how urgent, the SLA, who works it, the
/// latest history, and the buttons valid in its state, each carrying the ticket number and the version shown.
/// </summary>
internal sealed class AgentTicketCard(
    IncidentCatalogue catalogue,
    Microsoft.Extensions.Options.IOptions<AccessCatalogueOptions> accessOptions,
    Microsoft.Extensions.Options.IOptions<ServiceCatalogueOptions> itemOptions,
    Assist.IAgentAssist assist)
{
    public const string NoticeId = "notice";

    /// <summary>The access catalogue, when one is configured (a host without access requests has none: ids are shown).</summary>
    private readonly Lazy<AccessCatalogue?> access = new(() =>
        accessOptions.Value.Resources.Count == 0 ? null : AccessCatalogue.From(accessOptions.Value, itemOptions.Value));
    private const int HistoryShown = 3;
    private const int DescriptionShown = 1_500;
    private const int EventTextShown = 200;

    public AdaptiveCard Build(Ticket ticket, IReadOnlyList<TicketEvent> history, AgentCardReader reader, string? notice = null, string? error = null)
    {
        var texts = reader.Texts;
        var body = new List<CardElement>();
        if (notice is not null)
        {
            body.Add(new Container([new TextBlock(notice) { Wrap = true, Weight = TextWeight.Bolder }]) { Id = NoticeId, Style = ContainerStyle.Warning });
        }

        body.Add(new TextBlock($"{ticket.Number} · {CardText.Literal(ticket.Title)}") { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true });
        var headline = new TextBlock(Headline(ticket, texts)) { Color = PriorityColor(ticket.Priority), Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.None };
        body.Add(ticket.Priority is Priority.P1 or Priority.P2 ? new Container([headline]) { Style = ContainerStyle.Attention, Spacing = Spacing.Small } : headline);
        body.Add(new TextBlock(CardText.Literal(Cut(ticket.Description, DescriptionShown))) { Wrap = true, MaxLines = 8 });
        body.Add(new FactSet(Facts(ticket, reader)));
        var events = history.TakeLast(HistoryShown).ToList();
        if (events.Count > 0)
        {
            body.Add(new TextBlock(texts.Get(TextKeys.AgentsHistory)) { Weight = TextWeight.Bolder, Separator = true });
            body.AddRange(events.Select(e => new TextBlock(Event(e, reader)) { Wrap = true, IsSubtle = true, Spacing = Spacing.Small }));
        }

        if (error is not null)
        {
            body.Add(new TextBlock(error) { Wrap = true, Weight = TextWeight.Bolder });
        }

        body.AddRange(AgentCardButtons.For(ticket, reader with { Assisted = assist.Available }));
        return new AdaptiveCard
        {
            Body = body,
            FallbackText = $"{ticket.Number} {ticket.Title}: {Status(texts, ticket)}",
            MsTeams = TeamsCardProperties.Full,
        };
    }

    /// <summary>
    /// "Mon 23 Nov 2026, 09:30 (Europe/Paris)" / "lun. 23 nov. 2026, 09:30 (Europe/Paris)": day and month in words, a
    /// 24-hour clock and the zone, so nobody reads 11/12 as the wrong month or guesses the zone.
    /// </summary>
    public static string When(DateTimeOffset instant, AgentCardReader reader) =>
        TimeZoneInfo.ConvertTime(instant, reader.Zone).ToString("ddd d MMM yyyy, HH:mm", reader.Texts.Culture)
        + (reader.Zone == TimeZoneInfo.Utc ? " UTC" : $" ({reader.Zone.Id})");

    /// <summary>The status as agents read it: a new ticket someone took is "Assigned".</summary>
    public static string Status(Texts texts, Ticket ticket) =>
        ticket is { Status: TicketStatus.New, Assignee: not null } ? texts.Get(TextKeys.AgentsStatusAssigned) : MyTicketCards.Status(texts, ticket.Status);

    private List<Fact> Facts(Ticket ticket, AgentCardReader reader)
    {
        var texts = reader.Texts;
        var status = Status(texts, ticket);
        if (ticket is { Status: TicketStatus.OnHold, OnHoldReason: { } reason })
        {
            status = $"{status} ({HoldReason(texts, reason)})";
        }

        var facts = new List<Fact>
        {
            new(texts.Get(TextKeys.AgentsFactStatus), status),
            new(texts.Get(TextKeys.AgentsFactAssignee), ticket.Assignee is { } a ? CardText.Literal(a.Name ?? a.Id) : texts.Get(TextKeys.TicketsNobodyYet)),
            new(texts.Get(TextKeys.AgentsFactRequester), CardText.Literal(ticket.Requester.Name ?? ticket.Requester.Id)),
            new(texts.Get(TextKeys.AgentsFactCategory), CardText.Literal(CategoryName(ticket, texts))),
        };
        if (ticket.Kind == TicketKind.Incident)
        {
            // An access request has no impact or urgency of its own: showing the defaults would invent them.
            facts.Add(new(texts.Get(TextKeys.AgentsFactImpact), IncidentCards.ImpactLabel(texts, ticket.Impact)));
            facts.Add(new(texts.Get(TextKeys.AgentsFactUrgency), IncidentCards.UrgencyLabel(texts, ticket.Urgency)));
        }
        else if (ticket.Access is { IsItem: false } request)
        {
            facts.Add(new(texts.Get(AccessTextKeys.FactLevel), CardText.Literal(AccessDisplay.Level(request.Level, texts))));
            facts.Add(new(texts.Get(AccessTextKeys.FactUntil), request.EndDate is { } end ? AccessDisplay.Date(end, texts) : texts.Get(AccessTextKeys.Permanent)));
        }

        facts.Add(new(texts.Get(TextKeys.AgentsFactOpened), When(ticket.CreatedAt, reader)));
        if (ticket.Sla is { } sla)
        {
            var marker = sla.BreachNotified ? " · " + texts.Get(TextKeys.AgentsSlaBreached) : sla.AtRiskNotified ? " · " + texts.Get(TextKeys.AgentsSlaAtRisk) : string.Empty;
            facts.Add(new(texts.Get(TextKeys.AgentsFactResponseDue), sla.RespondedAt is { } responded
                ? texts.Get(TextKeys.AgentsSlaResponded, When(responded, reader))
                : When(sla.ResponseDue, reader)));
            facts.Add(new(texts.Get(TextKeys.AgentsFactResolutionDue), When(sla.ResolutionDue, reader) + marker));
        }

        if (ticket.ResolutionNote is { } note)
        {
            facts.Add(new(texts.Get(TextKeys.AgentsFactResolution), CardText.Literal(Cut(note, 500))));
        }

        if (ticket.Rating is { } rating)
        {
            facts.Add(new(texts.Get(TextKeys.AgentsFactRating), new string('★', rating) + new string('☆', 5 - rating)));
        }

        facts.AddRange(TicketLinkFacts.For(ticket, texts, access.Value));
        return facts;
    }

    private static string Headline(Ticket ticket, Texts texts)
    {
        var line = $"{IncidentCards.PriorityLabel(texts, ticket.Priority)} · {Status(texts, ticket)}";
        return ticket.Sla switch
        {
            { BreachNotified: true } => $"{line} · ⛔ {texts.Get(TextKeys.AgentsSlaBreached)}",
            { AtRiskNotified: true } => $"{line} · ⚠ {texts.Get(TextKeys.AgentsSlaAtRisk)}",
            _ => line,
        };
    }

    /// <summary>The incident category's name, or the requested resource's name (never a raw id such as "crm").</summary>
    private string CategoryName(Ticket ticket, Texts texts) => ticket switch
    {
        { Kind: TicketKind.Incident } when catalogue.Find(ticket.Category) is { } category => category.NameIn(texts.Language),
        { Access: { } request } when access.Value is { } resources => AccessDisplay.Resource(resources, request.ResourceId, texts),
        { NewStarter: not null } => texts.Get(TextKeys.StarterCategory),
        _ => access.Value?.Find(ticket.Category)?.Name.For(texts.Language) ?? ticket.Category,
    };

    public static string HoldReason(Texts texts, OnHoldReason reason) => texts.Get(reason switch
    {
        OnHoldReason.AwaitingRequester => TextKeys.AgentsHoldRequester,
        OnHoldReason.Change => TextKeys.AgentsHoldChange,
        _ => TextKeys.AgentsHoldVendor,
    });

    private static string Event(TicketEvent e, AgentCardReader reader)
    {
        var texts = reader.Texts;
        var kind = texts.Get("tickets.event" + e.Kind);
        var line = $"{When(e.At, reader)} · {CardText.Literal(e.Actor.Name ?? e.Actor.Id)} · {kind}";
        var detail = e.Text is { Length: > 0 } text
            ? CardText.Literal(Cut(text, EventTextShown))
            : string.Join(", ", e.Changes.Select(c => CardText.Literal($"{c.From ?? "–"} → {c.To ?? "–"}")));
        return detail.Length == 0 ? line : $"{line}: {detail}";
    }

    /// <summary>
    /// No red text: Teams' attention colour reads 3.3:1 on its dark theme (warning and good are worse on the light one).
    /// P1 and P2 stand out by their attention band instead (default text on it reads in both themes), P3 in accent.
    /// </summary>
    private static TextColor PriorityColor(Priority priority) => priority == Priority.P3 ? TextColor.Accent : TextColor.Default;

    private static string Cut(string text, int max) =>
        text.Length <= max ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..max]}…");
}
