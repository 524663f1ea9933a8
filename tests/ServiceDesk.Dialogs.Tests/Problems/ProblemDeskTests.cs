using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Announcements.Agents;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Problems;
using ServiceDesk.Dialogs.Tests.Agents;
using ServiceDesk.Dialogs.Tests.Announcements.Agents;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.Problems;

public sealed class ProblemDeskTests
{
    private readonly ProblemParts parts = new();

    private async Task<TurnResult> TypeAsync(string text)
    {
        var (word, rest) = text.Split(' ', 2) is [var w, var r] ? (w, r) : (text, string.Empty);
        var turn = ChannelMessage(Alice, text, "19:general@thread.tacv2");
        return word == "link"
            ? await new LinkCommand(new AnnouncementDeskParts().Desk, parts.LinkReply()).RunAsync(turn, rest, Texts.English, default)
            : await parts.Command().RunAsync(turn, rest, Texts.English, default);
    }

    [Fact]
    public async Task Problem_open_then_link_by_command_records_the_link_on_both_sides_once()
    {
        parts.Incident(42, "VPN drops", "It disconnects every hour.", "vpn", 10);

        var opened = await TypeAsync("problem open VPN drops every hour");
        var linked = await TypeAsync("link INC-000042 PRB-000001");
        var again = await TypeAsync("link PRB-000001 INC-000042");

        Assert.Contains("PRB-000001", AllText(Assert.Single(opened.Replies).Card!));
        Assert.Equal(Texts.English.Get(TextKeys.ProblemsLinked, "INC-000042", "PRB-000001", 1), Assert.Single(linked.Replies).Text);
        Assert.Equal(Texts.English.Get(TextKeys.ProblemsAlreadyLinked, "INC-000042", "PRB-000001"), Assert.Single(again.Replies).Text);
        var problem = (await parts.Problems.GetAsync("PRB-000001", default))!;
        Assert.Equal([new TicketNumber(TicketKind.Incident, 42)], problem.Incidents);
        Assert.Equal([ProblemEventKind.Opened, ProblemEventKind.Linked], problem.History.Select(e => e.Kind));
        var history = Assert.Single(await parts.Tickets.GetHistoryAsync(new TicketNumber(TicketKind.Incident, 42), default));
        Assert.Equal(new FieldChange(ProblemDesk.LinkField, null, "PRB-000001"), Assert.Single(history.Changes));
    }

    [Fact]
    public async Task Link_refuses_a_request_a_missing_ticket_and_a_missing_problem()
    {
        parts.Tickets.Put(Ticket(kind: TicketKind.Request));
        parts.Incident(7, "Printer", "Jammed.", null, 5);
        await TypeAsync("problem open Printers jam");

        Assert.Equal(Texts.English.Get(TextKeys.ProblemsNotAnIncident, "REQ-000042"), (await TypeAsync("link REQ-000042 PRB-000001")).Replies[0].Text);
        Assert.Equal(Texts.English.Get(TextKeys.TicketsNotFound, "INC-000099"), (await TypeAsync("link INC-000099 PRB-000001")).Replies[0].Text);
        Assert.Equal(Texts.English.Get(TextKeys.ProblemsNotFound, "PRB-000009"), (await TypeAsync("link INC-000007 PRB-000009")).Replies[0].Text);
    }

    [Fact]
    public async Task A_workaround_makes_a_known_error_and_the_cause_and_status_commands_work_in_French_words_too()
    {
        await TypeAsync("problem open Outlook crashes after update");

        await TypeAsync("problem cause PRB-000001 The November update breaks the add-in");
        var workaround = await TypeAsync("problem contournement PRB-000001 Start Outlook in safe mode: outlook.exe /safe");
        var problem = (await parts.Problems.GetAsync("PRB-000001", default))!;

        Assert.Equal((ProblemStatus.KnownError, "The November update breaks the add-in", "Start Outlook in safe mode: outlook.exe /safe"),
            (problem.Status, problem.RootCause, problem.Workaround));
        Assert.Contains(ProblemVerbs.ArticleForm, Verbs(workaround.Replies[0].Card!));
        await TypeAsync("problem statut PRB-000001 enquête");
        Assert.Equal(ProblemStatus.Investigating, (await parts.Problems.GetAsync("PRB-000001", default))!.Status);
        Assert.Equal(Texts.English.Get(TextKeys.ProblemsBadStatus), (await TypeAsync("problem status PRB-000001 maybe")).Replies[0].Text);
    }

    [Fact]
    public async Task Resolving_a_problem_resolves_its_open_incidents_once_and_tells_the_requester_in_their_language()
    {
        parts.Incident(41, "Outlook crashes", "At start.", "email", 30);
        parts.Incident(42, "Outlook crashes too", "At start.", "email", 20, status: TicketStatus.Resolved);
        await TypeAsync("problem open Outlook crashes at start");
        await TypeAsync("link INC-000041 PRB-000001");
        await TypeAsync("link INC-000042 PRB-000001");
        await TypeAsync("problem cause PRB-000001 A broken add-in");
        var before = parts.Tickets.Outbox.Count;

        var resolved = await TypeAsync("problem status PRB-000001 resolved");
        var again = await TypeAsync("problem status PRB-000001 resolved");

        Assert.Contains(Texts.English.Get(TextKeys.ProblemsResolvedWith, "PRB-000001", Texts.English.Count(CountKeys.ProblemsResolvedIncidents, 1)), AllText(resolved.Replies[0].Card!));
        Assert.Contains(Texts.English.Get(TextKeys.ProblemsResolvedWith, "PRB-000001", Texts.English.Count(CountKeys.ProblemsResolvedIncidents, 0)), AllText(again.Replies[0].Card!));
        var first = (await parts.Tickets.GetAsync(new TicketNumber(TicketKind.Incident, 41), default))!;
        Assert.Equal(TicketStatus.Resolved, first.Status);
        Assert.Equal(Texts.French.Get(TextKeys.ProblemsResolutionNoteCause, "PRB-000001", "Outlook crashes at start", "A broken add-in"), first.ResolutionNote);
        var told = parts.Tickets.Outbox.Skip(before).Where(d => d.Target.ConversationId == JeanChat).ToList();
        Assert.NotEmpty(told);
        Assert.All(told, d => Assert.Contains("\"locale\":\"fr", d.Payload, StringComparison.Ordinal));
        Assert.Equal(ProblemStatus.Resolved, (await parts.Problems.GetAsync("PRB-000001", default))!.Status);
        Assert.Empty(await parts.Problems.ListOpenAsync(default));
    }

    [Fact]
    public async Task The_ticket_card_offers_Link_to_problem_behind_More_and_its_click_links_the_ticket()
    {
        var ticket = parts.Incident(42, "VPN drops", "Every hour.", "vpn", 5) with { Cards = Ticket().Cards };
        parts.Tickets.Put(ticket);
        await TypeAsync("problem open VPN drops");
        var card = AgentParts.Cards.Build(ticket, [], AgentCardReader.Channel([Alice, Bob], new QueueChannel(FakeAgentQueue.General, null)));
        var topLevel = JsonNode.Parse(Cards.CardJson.Serialize(card))!["body"]!.AsArray()
            .Where(e => (string?)e!["type"] == "ActionSet").SelectMany(e => e!["actions"]!.AsArray()).Select(a => (string?)a!["title"]).ToList();

        Assert.InRange(topLevel.Count, 3, 4);
        Assert.Equal(Texts.English.Get(TextKeys.AgentsMore), topLevel[^1]);
        Assert.DoesNotContain(Texts.English.Get(TextKeys.ProblemsLinkButton), topLevel);
        Assert.Contains(ProblemVerbs.Link, Verbs(card));

        var click = await parts.Handler().HandleAsync(Click(Alice, ProblemVerbs.Link, new JsonObject { [ProblemVerbs.ProblemInput] = "prb-1" }), default);

        Assert.Equal(Texts.English.Get(TextKeys.ProblemsLinked, "INC-000042", "PRB-000001", 1), click.Invoke!.Message);
        Assert.Single(parts.Tickets.Outbox, d => d.Purpose == QueueOutbox.UpdatePurpose);
    }

    [Fact]
    public async Task The_problem_cards_buttons_set_the_cause_and_the_workaround_and_a_second_identical_click_changes_nothing()
    {
        await TypeAsync("problem open VPN drops");
        JsonElement Data(string verb, string input, string text) =>
            JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["verb"] = verb, [ProblemVerbs.ProblemField] = "PRB-000001", [input] = text });

        await parts.Handler().HandleAsync(Raw(Alice.AsPerson(), ProblemVerbs.RootCause, Data(ProblemVerbs.RootCause, ProblemVerbs.RootCauseInput, "Expired certificate")), default);
        var first = await parts.Handler().HandleAsync(Raw(Bob.AsPerson(), ProblemVerbs.Workaround, Data(ProblemVerbs.Workaround, ProblemVerbs.WorkaroundInput, "Reconnect")), default);
        var second = await parts.Handler().HandleAsync(Raw(Bob.AsPerson(), ProblemVerbs.Workaround, Data(ProblemVerbs.Workaround, ProblemVerbs.WorkaroundInput, "Reconnect")), default);

        var problem = (await parts.Problems.GetAsync("PRB-000001", default))!;
        Assert.Equal(("Expired certificate", "Reconnect", ProblemStatus.KnownError), (problem.RootCause, problem.Workaround, problem.Status));
        Assert.Contains(Texts.English.Get(TextKeys.ProblemsSaved, "PRB-000001"), AllText(first.Invoke!.Card!), StringComparison.Ordinal);
        Assert.Contains(Texts.English.Get(TextKeys.ProblemsUnchanged, "PRB-000001"), AllText(second.Invoke!.Card!), StringComparison.Ordinal);
        Assert.Equal((3, 4), (problem.Version, problem.History.Count));
    }

    [Fact]
    public async Task Someone_who_is_not_an_agent_cannot_use_the_problem_buttons()
    {
        await TypeAsync("problem open VPN drops");
        var data = JsonSerializer.SerializeToElement(new { verb = ProblemVerbs.Resolve, problem = "PRB-000001" });

        var result = await parts.Handler().HandleAsync(Raw(Mallory, ProblemVerbs.Resolve, data), default);

        Assert.Equal(Texts.English.Get(TextKeys.AgentsChannelNotAgent), result.Invoke!.Message);
        Assert.True((await parts.Problems.GetAsync("PRB-000001", default))!.IsOpen);
    }
}
