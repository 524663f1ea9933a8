using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Agents.TicketList;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.Agents.TicketList;

/// <summary><c>tickets [filter]</c> in the agents' channel: what each filter lists, in which order, the card's rows and buttons, EN/FR.</summary>
public sealed class TicketListCommandTests
{
    private readonly TicketListFixture fixture = new();

    private async Task<AdaptiveCard> RunAsync(string arguments, TicketPerson? who = null, string locale = "en-US", Turns.ConversationReference? conversation = null)
    {
        var command = new TicketListCommand(fixture.Reader(), fixture.Queue.Object, new FakeTimeProvider(Now));
        var result = await command.RunAsync(TicketListFixture.Typed(who ?? Alice, locale, conversation), arguments, Texts.For(locale), default);
        return Assert.Single(result.Replies).Card!;
    }

    private static List<string> Numbers(AdaptiveCard card) =>
        [.. card.Body.OfType<Container>().Select(c => ((TextBlock)c.Items[0]).Text.Split(' ')[0])];

    [Theory]
    [InlineData("", "Unassigned")]
    [InlineData("unassigned", "Unassigned")]
    [InlineData("non assignés", "Unassigned")]
    [InlineData("Non-Assignés", "Unassigned")]
    [InlineData("mine", "Mine")]
    [InlineData("miens", "Mine")]
    [InlineData("at risk", "AtRisk")]
    [InlineData("à risque", "AtRisk")]
    [InlineData("breached", "Breached")]
    [InlineData("SLA dépassé", "Breached")]
    [InlineData("en retard", "Breached")]
    public void Parse_ReadsTheFilterInEitherLanguage(string words, string expected) =>
        Assert.Equal(expected, TicketListFilters.Parse(words)?.ToString());

    [Theory]
    [InlineData("closed")]
    [InlineData("at")]
    [InlineData("Mine please")]
    public void Parse_OtherWords_AreNoFilter(string words) => Assert.Null(TicketListFilters.Parse(words));

    [Fact]
    public async Task UnknownFilter_ExplainsTheUsage_AndReadsNothing()
    {
        var command = new TicketListCommand(fixture.Reader(), fixture.Queue.Object, new FakeTimeProvider(Now));
        var result = await command.RunAsync(TicketListFixture.Typed(Alice), "closed", Texts.English, default);

        Assert.Equal(Texts.English.Get(TextKeys.TicketListUsage), Assert.Single(result.Replies).Text);
        Assert.Empty(fixture.Asked);
    }

    [Fact]
    public async Task Unassigned_ListsWhatAnAgentCanTake_MostUrgentFirst_WithOpenAndAssignToMe()
    {
        fixture.Add(1, priority: Priority.P4);
        fixture.Add(2, priority: Priority.P1);
        fixture.Add(3, TicketStatus.New, Bob);
        fixture.Add(4, TicketStatus.InProgress, Alice);
        fixture.Add(5, TicketStatus.Resolved);

        var card = await RunAsync("");

        Assert.Equal(["INC-000002", "INC-000001"], Numbers(card));
        var text = AllText(card);
        Assert.Contains("Open tickets: Unassigned", text, StringComparison.Ordinal);
        Assert.Contains("2 open tickets.", text, StringComparison.Ordinal);
        Assert.Contains("Jean Dupont → nobody yet", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(
            [TicketListVerbs.Open, AgentVerbs.AssignMe, TicketListVerbs.Open, AgentVerbs.AssignMe, TicketListVerbs.Show, TicketListVerbs.Show, TicketListVerbs.Show, TicketListVerbs.Show],
            Verbs(card with { Refresh = null }));
    }

    [Fact]
    public async Task Mine_ListsTheOpenTicketsAssignedToTheAgentAsking_WithoutAssignToMe()
    {
        fixture.Add(1, TicketStatus.InProgress, Alice);
        fixture.Add(2, TicketStatus.OnHold, Alice);
        fixture.Add(3, TicketStatus.InProgress, Bob);
        fixture.Add(4, TicketStatus.Resolved, Alice);

        var card = await RunAsync("mine");

        Assert.Equal(["INC-000001", "INC-000002"], Numbers(card));
        Assert.DoesNotContain(AgentVerbs.AssignMe, Verbs(card));
        Assert.Equal(new Ports.TicketFilter(AssigneeId: Alice.Id), Assert.Single(fixture.Asked));
    }

    [Fact]
    public async Task AtRiskAndBreached_AreReadFromTheClockNow_NotOnlyFromTheNoticesSent()
    {
        // Response due an hour ago, nobody answered, no notice sent yet: breached.
        fixture.Add(1, sla: new SlaState(Now.AddHours(-1), Now.AddDays(2)));
        // Responded; the resolution's at-risk notice was sent: at risk.
        fixture.Add(2, TicketStatus.InProgress, Alice, sla: new SlaState(Now.AddHours(-5), Now.AddHours(1), RespondedAt: Now.AddHours(-6), Notified: SlaNotices.ResolutionAtRisk, AtRiskNotified: true));
        // Responded late, now at risk of nothing: breached stays breached (a target was missed).
        fixture.Add(3, TicketStatus.InProgress, Bob, sla: new SlaState(Now.AddHours(-8), Now.AddDays(2), RespondedAt: Now.AddHours(-7), Notified: SlaNotices.ResponseBreached, BreachNotified: true));
        // Far from every target.
        fixture.Add(4, sla: new SlaState(Now.AddDays(1), Now.AddDays(5)));

        var breached = await RunAsync("breached");
        var atRisk = await RunAsync("at risk");

        Assert.Equal(["INC-000001", "INC-000003"], Numbers(breached));
        Assert.Equal(["INC-000002"], Numbers(atRisk));
        Assert.Contains("⛔ SLA breached", AllText(breached), StringComparison.Ordinal);
        Assert.Contains("⚠ SLA at risk", AllText(atRisk), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InAQueueForOneCategory_OnlyThatQueuesTicketsAreListed()
    {
        fixture.Add(1, category: "network");
        fixture.Add(2, category: "email");

        var card = await RunAsync("", conversation: TicketListFixture.Network);

        Assert.Equal(["INC-000001"], Numbers(card));
        Assert.DoesNotContain(Texts.English.Get(TextKeys.TicketListEveryQueue), AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TicketsOfAnotherTenant_AreNeverListed()
    {
        fixture.Add(1);
        fixture.Add(2, tenant: "tenant-other");

        Assert.Equal(["INC-000001"], Numbers(await RunAsync("")));
    }

    [Fact]
    public async Task MoreThanACardHolds_ShowsTheMostUrgent_AndSaysSo()
    {
        for (var n = 1; n <= TicketListReader.MaxShown + 3; n++)
        {
            fixture.Add(n);
        }

        var card = await RunAsync("");

        Assert.Equal(TicketListReader.MaxShown, Numbers(card).Count);
        Assert.Contains(Texts.English.Get(TextKeys.TicketListFirst, TicketListReader.MaxShown), AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InFrench_TheCardIsFrench_AndCountsAgree()
    {
        fixture.Add(1);

        var card = await RunAsync("non assignés", locale: "fr-FR");

        var text = AllText(card);
        Assert.Contains("Tickets ouverts : Non assignés", text, StringComparison.Ordinal);
        Assert.Contains("1 ticket ouvert.", text, StringComparison.Ordinal);
        Assert.Contains("Répondre avant", text, StringComparison.Ordinal);
        Assert.Contains(Titles(card), t => t == "Me l'attribuer");
        Assert.Contains(Titles(card), t => t == "Hors délai");
    }

    [Fact]
    public async Task Empty_SaysSo_AndKeepsTheFilters()
    {
        var card = await RunAsync("breached");

        Assert.Contains("No open ticket here.", AllText(card), StringComparison.Ordinal);
        Assert.Equal(["Unassigned", "Mine", "At risk", "Refresh"], card.Actions!.Select(a => a.Title));
    }

    [Fact]
    public async Task TheCardRefreshesItselfForTheAgentWhoAsked()
    {
        var card = await RunAsync("mine", Bob);

        Assert.Equal([Bob.Id], card.Refresh!.UserIds);
        var refresh = Assert.IsType<ExecuteAction>(card.Refresh.Action);
        Assert.Equal(TicketListVerbs.Show, refresh.Verb);
        Assert.Equal("Mine", (string?)refresh.Data![TicketListVerbs.FilterField]);
    }

    private static List<string?> Titles(AdaptiveCard card) =>
        [.. card.Actions!.Select(a => a.Title), .. card.Body.OfType<Container>().SelectMany(c => c.Items.OfType<ActionSet>()).SelectMany(s => s.Actions).Select(a => a.Title)];
}
