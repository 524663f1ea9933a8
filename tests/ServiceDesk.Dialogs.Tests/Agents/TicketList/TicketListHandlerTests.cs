using Microsoft.Extensions.Time.Testing;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Agents.TicketList;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.Agents.TicketList;

/// <summary>The ticket list's buttons: a filter shows the list now, Open shows the ticket's own card; forged data and non-agents refused.</summary>
public sealed class TicketListHandlerTests
{
    private readonly TicketListFixture fixture = new();
    private readonly InMemoryTicketStore store = new();

    private TicketListHandler Handler() => new(
        fixture.Reader(), fixture.Queue.Object, store,
        new AgentTicketCard(new IncidentCatalogue(Options.Create(new IncidentCatalogueOptions())), Options.Create(new AccessCatalogueOptions()), Options.Create(new ServiceCatalogueOptions()), Assist.NoLanguageModel.Instance),
        new FakeTimeProvider(Now));

    private Task<TurnResult> ClickAsync(Person who, string verb, JsonObject data, string locale = "en-US", bool invoke = true)
    {
        data["verb"] = verb;
        return Handler().HandleAsync(Raw(who, verb, JsonSerializer.SerializeToElement(data), locale, invoke), default);
    }

    private static Person Agent(TicketPerson p) => new(p.Id, p.AadObjectId, p.Name);

    [Fact]
    public async Task AFilterButton_AnswersTheInvokeWithTheListForThatFilter()
    {
        fixture.Add(7, TicketStatus.InProgress, Alice);

        var result = await ClickAsync(Agent(Alice), TicketListVerbs.Show, new JsonObject { [TicketListVerbs.FilterField] = "Mine" });

        Assert.Empty(result.Replies);
        var card = result.Invoke!.Card!;
        Assert.Contains("Open tickets: Mine", AllText(card), StringComparison.Ordinal);
        Assert.Contains("INC-000007 · Ticket 7", AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCardsRefresh_AfterAListedTicketChanged_ShowsItsStatusNow_NotTheOneListed()
    {
        var listed = fixture.Add(7, TicketStatus.InProgress, Alice);
        var first = (await ClickAsync(Agent(Alice), TicketListVerbs.Show, new JsonObject { [TicketListVerbs.FilterField] = "Mine" })).Invoke!.Card!;
        Assert.Contains(AgentTicketCard.Status(Texts.English, listed), AllText(first), StringComparison.Ordinal);

        var onHold = listed with { Status = TicketStatus.OnHold, OnHoldReason = OnHoldReason.AwaitingRequester };
        fixture.Tickets[fixture.Tickets.IndexOf(listed)] = onHold;
        var refresh = Assert.IsType<ExecuteAction>(first.Refresh!.Action);
        var again = (await ClickAsync(Agent(Alice), refresh.Verb, (JsonObject)refresh.Data!.DeepClone())).Invoke!.Card!;

        Assert.Contains(AgentTicketCard.Status(Texts.English, onHold), AllText(again), StringComparison.Ordinal);
        Assert.DoesNotContain(AgentTicketCard.Status(Texts.English, listed), AllText(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_AnswersWithTheTicketsCard_WhoseButtonsActOnIt_InTheAgentsLanguage()
    {
        store.Put(Ticket());

        var result = await ClickAsync(Agent(Bob), TicketListVerbs.Open, new JsonObject { [TicketListVerbs.TicketField] = "INC-000042" }, "fr-FR");

        var card = result.Invoke!.Card!;
        Assert.Contains("INC-000042 · Outlook crashes at start", AllText(card), StringComparison.Ordinal);
        Assert.Contains("Statut: Nouveau", AllText(card), StringComparison.Ordinal);
        Assert.Contains(AgentVerbs.AssignMe, Verbs(card));
    }

    [Fact]
    public async Task ASubmitFromAnOldClient_GetsTheCardAsAMessage()
    {
        var result = await ClickAsync(Agent(Alice), TicketListVerbs.Show, new JsonObject { [TicketListVerbs.FilterField] = "Breached" }, invoke: false);

        Assert.Null(result.Invoke);
        Assert.Contains("Open tickets: Breached", AllText(Assert.Single(result.Replies).Card!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TicketListVerbs.Show, "filter", "Everything")]
    [InlineData(TicketListVerbs.Show, "filter", "2")]
    [InlineData(TicketListVerbs.Open, "ticket", "INC-42; drop")]
    public async Task ForgedData_IsRefused_AndTheCardStays(string verb, string field, string value)
    {
        var result = await ClickAsync(Agent(Alice), verb, new JsonObject { [field] = value });

        Assert.Null(result.Invoke!.Card);
        Assert.Equal(Texts.English.Get(TextKeys.AgentsInvalidCard), result.Invoke.Message);
        Assert.Empty(fixture.Asked);
    }

    [Fact]
    public async Task AnotherTenantsTicket_IsNotFound()
    {
        store.Put(Ticket() with { TenantId = "tenant-other" });

        var result = await ClickAsync(Agent(Alice), TicketListVerbs.Open, new JsonObject { [TicketListVerbs.TicketField] = "INC-000042" });

        Assert.Equal(Texts.English.Get(TextKeys.TicketsNotFound, Number), result.Invoke!.Message);
    }

    [Fact]
    public async Task SomeoneWhoIsNoAgent_IsToldSo_AndSeesNothing()
    {
        fixture.Add(1);

        var result = await ClickAsync(Mallory, TicketListVerbs.Show, new JsonObject { [TicketListVerbs.FilterField] = "Unassigned" });

        Assert.Equal(Texts.English.Get(TextKeys.AgentsNotAgent), result.Invoke!.Message);
        Assert.Empty(fixture.Asked);
    }
}
