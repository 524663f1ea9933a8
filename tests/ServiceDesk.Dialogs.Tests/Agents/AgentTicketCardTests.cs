using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Cards;
using ServiceDesk.TestKit;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.Agents;

public sealed class AgentTicketCardTests
{
    private static readonly TicketEvent[] History =
    [
        new(Now.AddHours(-2), Jean, TicketEventKind.Created, []) { Version = 1 },
        new(Now.AddHours(-1), Alice, TicketEventKind.Assigned, [new("Assignee", null, "Alice Agent")]) { Version = 2 },
        new(Now.AddMinutes(-30), Alice, TicketEventKind.InternalNote, [], "Looks like the **add-in**", true) { Version = 3 },
        new(Now.AddMinutes(-10), Jean, TicketEventKind.Comment, [], "Still crashing") { Version = 4 },
    ];

    private static AdaptiveCard Build(Ticket ticket, Texts? texts = null, string? notice = null) =>
        AgentParts.Cards.Build(ticket, History, new AgentCardReader(texts ?? Texts.English, TimeZoneInfo.Utc, [Alice, Bob]), notice);

    [Fact]
    public void Card_ShowsTheTicket_TheRequesterChatLink_AndTheLastThreeEvents()
    {
        var ticket = Ticket(TicketStatus.InProgress, Alice) with { Priority = Priority.P1, Sla = new SlaState(Now, Now.AddHours(4), AtRiskNotified: true) };

        var card = Build(ticket);
        var text = AllText(card);
        var json = CardJson.Serialize(card);

        Assert.StartsWith("INC-000042 · Outlook crashes at start\nP1 – Critical · In progress · ⚠ SLA at risk", text, StringComparison.Ordinal);
        // A P1 stands out by an attention band, not by red text (which reads below 4.5:1 on Teams' dark theme).
        Assert.Contains("\"style\":\"attention\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"color\":\"attention\"", json, StringComparison.Ordinal);
        foreach (var fact in new[] { "Status: In progress", "Assignee: Alice Agent", "Requester: Jean Dupont", "Category: ", "Impact: ", "Urgency: ", "Respond by: Mon 23 Nov 2026, 08:30 UTC", "Resolve by: Mon 23 Nov 2026, 12:30 UTC · SLA at risk" })
        {
            Assert.Contains(fact, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Created", text, StringComparison.Ordinal);
        Assert.Contains("Looks like the \\*\\*add-in\\*\\*", text, StringComparison.Ordinal);
        Assert.Contains("https://teams.microsoft.com/l/chat/0/0?users=00000000-0000-0000-0000-00000000000a", json, StringComparison.Ordinal);
    }

    /// <summary>The buttons shown (at most three and "More", or four), then those behind "More", by status.</summary>
    public static TheoryData<TicketStatus, TicketKind, string[], string[]> ButtonsByStatus => new()
    {
        { TicketStatus.New, TicketKind.Incident, [AgentVerbs.AssignMe, AgentVerbs.Start, AgentVerbs.Resolve], [AgentVerbs.Reply, AgentVerbs.Hold, AgentVerbs.Note, AgentVerbs.AssignTo, AgentVerbs.Priority, AgentVerbs.Cancel, AnnouncementVerbs.Declare, ServiceDesk.Dialogs.Problems.ProblemVerbs.Link] },
        { TicketStatus.InProgress, TicketKind.Incident, [AgentVerbs.Resolve, AgentVerbs.Reply, AgentVerbs.Hold], [AgentVerbs.Note, AgentVerbs.AssignTo, AgentVerbs.Priority, AgentVerbs.Cancel, AnnouncementVerbs.Declare, ServiceDesk.Dialogs.Problems.ProblemVerbs.Link] },
        { TicketStatus.OnHold, TicketKind.Incident, [AgentVerbs.Start, AgentVerbs.Resolve, AgentVerbs.Reply], [AgentVerbs.Note, AgentVerbs.AssignTo, AgentVerbs.Priority, AgentVerbs.Cancel, AnnouncementVerbs.Declare, ServiceDesk.Dialogs.Problems.ProblemVerbs.Link] },
        { TicketStatus.Resolved, TicketKind.Incident, [AgentVerbs.Reopen, AgentVerbs.Reply, AgentVerbs.Note], [] },
        { TicketStatus.Closed, TicketKind.Incident, [AgentVerbs.Note], [] },
        { TicketStatus.Approved, TicketKind.Request, [AgentVerbs.Start, AgentVerbs.Fulfil, AgentVerbs.Reply], [AgentVerbs.Hold, AgentVerbs.Note, AgentVerbs.AssignTo, AgentVerbs.Priority, AgentVerbs.Cancel] },
        { TicketStatus.Cancelled, TicketKind.Incident, [], [] },
    };

    [Theory]
    [MemberData(nameof(ButtonsByStatus))]
    public void Card_ShowsTheActionsThatFitTheStatus_AndTheRestBehindMore(TicketStatus status, TicketKind kind, string[] shown, string[] more)
    {
        var card = Build(Ticket(status, status == TicketStatus.New ? null : Bob, kind));

        var sets = card.Body.OfType<ActionSet>().ToList();
        Assert.True(sets.Count <= 1);
        var actions = sets.SelectMany(s => s.Actions).ToList();
        Assert.InRange(actions.Count, 0, AgentCardButtons.Shown);
        var moreButton = actions.OfType<ShowCardAction>().SingleOrDefault(a => a.Title == "More");
        Assert.Equal(more.Length > 0, moreButton is not null);
        Assert.Equal(shown, Verbs(new AdaptiveCard { Body = [new ActionSet([.. actions.Where(a => a != moreButton)])] }).Distinct());
        Assert.Equal(more, moreButton is null ? [] : Verbs(moreButton.Card).Distinct());
    }

    [Fact]
    public void Every_button_label_is_short_enough_to_show_whole_in_both_languages()
    {
        // Four buttons share a channel card's width: past about 20 characters Teams cuts a label with an ellipsis.
        var titles = new[] { Texts.English, Texts.French }
            .SelectMany(texts => new[] { TicketStatus.New, TicketStatus.InProgress, TicketStatus.Resolved }.Select(status => Build(Ticket(status), texts)))
            .Append(Build(Ticket(TicketStatus.Approved, kind: TicketKind.Request), Texts.French))
            .SelectMany(card => Titles(ServiceDesk.Cards.CardJson.Serialize(card)))
            .Distinct().ToList();

        Assert.Contains("Plus", titles);
        Assert.All(titles, t => Assert.True(t.Length <= 20, t));
    }

    private static IEnumerable<string> Titles(string json)
    {
        static IEnumerable<System.Text.Json.Nodes.JsonObject> Walk(System.Text.Json.Nodes.JsonNode? node) => node switch
        {
            System.Text.Json.Nodes.JsonObject o => o.Select(p => p.Value).SelectMany(Walk).Prepend(o),
            System.Text.Json.Nodes.JsonArray a => a.SelectMany(Walk),
            _ => [],
        };

        return Walk(System.Text.Json.Nodes.JsonNode.Parse(json))
            .Where(o => ((string?)o["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true && o["title"] is not null)
            .Select(o => (string)o["title"]!);
    }

    [Fact]
    public void An_assigned_new_ticket_reads_Assigned_and_offers_no_Assign_to_me()
    {
        var card = Build(Ticket(TicketStatus.New, Bob));

        Assert.Contains("Status: Assigned", AllText(card), StringComparison.Ordinal);
        Assert.Contains(" · Assigned\n", AllText(card), StringComparison.Ordinal);
        Assert.DoesNotContain(AgentVerbs.AssignMe, Verbs(card));
        Assert.Contains(AgentVerbs.AssignTo, Verbs(card));
    }

    [Fact]
    public void Dates_are_in_the_queues_language_and_time_zone()
    {
        var queue = new QueueChannel(FakeAgentQueue.General, null, Locale: "fr-FR", TimeZone: "Europe/Paris");

        var card = AgentParts.Cards.Build(Ticket(TicketStatus.InProgress, Alice), History, AgentCardReader.Channel([Alice], queue));

        Assert.Contains("Répondre avant: lun. 23 nov. 2026, 11:30 (Europe/Paris)", AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void An_access_request_shows_the_resources_name_and_no_impact_or_urgency()
    {
        var request = Ticket(TicketStatus.Approved, kind: TicketKind.Request) with
        {
            Category = "crm",
            Access = new AccessRequestDetails("crm", "read", "Quarterly report", null, ["29:boss"]),
        };

        var text = AllText(Build(request));

        Assert.Contains("Category: CRM (Dynamics 365 Sales)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Impact", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Urgency", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Card_WithLongTextsAndManyAgents_StaysUnder80KB()
    {
        var agents = Enumerable.Range(0, 100).Select(n => new TicketPerson($"29:agent-{n}-{new string('x', 60)}", null, $"Agent {n} {new string('y', 60)}")).ToList();
        var ticket = Ticket(TicketStatus.InProgress, Alice) with { Title = new string('t', 200), Description = new string('d', 4_000), ResolutionNote = new string('r', 4_000) };
        var history = Enumerable.Range(1, 50).Select(n => new TicketEvent(Now, Alice, TicketEventKind.InternalNote, [], new string('n', 4_000)) { Version = n }).ToList();

        var card = AgentParts.Cards.Build(ticket, history, new AgentCardReader(Texts.French, TimeZoneInfo.Utc, agents), new string('!', 300));

        var size = System.Text.Encoding.UTF8.GetByteCount(CardJson.Serialize(card));
        Assert.InRange(size, 10_000, 80_000);
        Assert.True(CardJson.FitsBudget(card));
    }

    [Fact]
    public async Task Cards_RenderWithTheOfficialRenderer_InEnglishAndFrench()
    {
        var cards = new List<AdaptiveCard>();
        foreach (var texts in new[] { Texts.English, Texts.French })
        {
            foreach (var status in new[] { TicketStatus.New, TicketStatus.OnHold, TicketStatus.Resolved })
            {
                cards.Add(Build(Ticket(status, Alice) with { OnHoldReason = OnHoldReason.Vendor }, texts, status == TicketStatus.New ? "Already assigned to Bob" : null));
            }

            cards.Add(Build(Ticket(TicketStatus.Approved, kind: TicketKind.Request), texts));
            cards.Add(RequesterTicketCard.Build(Ticket(TicketStatus.Resolved, Alice) with { ResolutionNote = "Fixed" }, texts, "Resolved"));
        }

        var reports = await CardRenderer.RenderAsync(cards);

        Assert.All(reports, r =>
        {
            Assert.Null(r.Error);
            Assert.Empty(r.AllEvents);
        });
    }
}
