using System.Text.Json.Nodes;
using Moq;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Assist;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tests.Agents;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.LanguageModel;

/// <summary>"Summarise" and "Draft reply" on a ticket's card: agents only, nothing changed, nothing sent without the agent's click.</summary>
public sealed class AgentAssistHandlerTests : IAsyncLifetime
{
    private readonly InMemoryTicketStore _tickets = new();
    private readonly FakeAgentQueue _queue = AgentsQueue();

    public async Task InitializeAsync()
    {
        _tickets.Put(Ticket(TicketStatus.InProgress, Alice));
        await _tickets.AppendEventAsync(Number, new TicketEvent(Now.AddMinutes(-20), Jean, TicketEventKind.Comment, [], "Still crashing, call me on 06 12 34 56 78"), null, default);
        await _tickets.AppendEventAsync(Number, new TicketEvent(Now.AddMinutes(-10), Alice, TicketEventKind.InternalNote, [], "Probably the add-in", true), null, default);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private AgentAssistHandler Handler(IAgentAssist assist) =>
        new(_tickets, _queue, assist, new SimilarTickets(_tickets, NoLanguageModel.Instance), AgentParts.Cards);

    [Fact]
    public async Task Summary_ByAnAgent_IsPostedLabelledAiGenerated_AndTheTicketIsUnchanged()
    {
        var assist = new ScriptedAssist("Outlook crashes at start; the agent suspects an add-in.", null);
        var before = await _tickets.GetHistoryAsync(Number, default);
        var version = (await _tickets.GetAsync(Number, default))!.Version;

        var result = await Handler(assist).HandleAsync(Click(Alice, AssistVerbs.Summary), default);

        var reply = Assert.Single(result.Replies);
        Assert.True(reply.AiGenerated);
        var text = AllText(reply.Card!);
        Assert.StartsWith("AI-generated summary. Check the ticket before acting on it.\nSummary of INC-000042\nOutlook crashes at start; the agent suspects an add-in.", text, StringComparison.Ordinal);
        // The clicked card is answered with the ticket as it is, not replaced by the summary.
        Assert.StartsWith("INC-000042 · Outlook crashes at start", AllText(result.Invoke!.Card!), StringComparison.Ordinal);
        Assert.Equal(version, (await _tickets.GetAsync(Number, default))!.Version);
        Assert.Equal(before.Count, (await _tickets.GetHistoryAsync(Number, default)).Count);
        Assert.Empty(_tickets.Outbox);
    }

    [Fact]
    public async Task Brief_HoldsTheTicketAndItsConversation_WithoutAnyonesName()
    {
        var assist = new ScriptedAssist("s", null);

        await Handler(assist).HandleAsync(Click(Alice, AssistVerbs.Summary, locale: "fr-FR"), default);

        var brief = Assert.Single(assist.Briefs);
        Assert.Equal(("INC-000042", "Outlook crashes at start", "fr"), (brief.Number, brief.Title, brief.Language));
        Assert.Equal([new TicketLine("requester", "Still crashing, call me on 06 12 34 56 78", false), new TicketLine("agent", "Probably the add-in", true)], brief.Conversation);
        Assert.DoesNotContain("Jean", brief.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Alice", brief.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotAnAgent_IsRefused_AndTheModelIsNeverAsked()
    {
        var assist = new ScriptedAssist("s", "d");
        var mallory = new TicketPerson(Mallory.Id, Mallory.AadObjectId, Mallory.Name);

        var result = await Handler(assist).HandleAsync(Click(mallory, AssistVerbs.Summary), default);
        var draft = await Handler(assist).HandleAsync(Click(mallory, AssistVerbs.Similar), default);

        Assert.Equal(Texts.English.Get(TextKeys.AgentsNotAgent), result.Invoke!.Message);
        Assert.Equal(Texts.English.Get(TextKeys.AgentsNotAgent), draft.Invoke!.Message);
        Assert.Empty(result.Replies);
        Assert.Empty(assist.Briefs);
    }

    [Fact]
    public async Task Draft_IsAnInputTheAgentEdits_NothingSentUntilTheirClick_ThenTheEditedTextIsTheReply()
    {
        var assist = new ScriptedAssist(null, "Hello, could you try starting Outlook in safe mode?");

        var result = await Handler(assist).HandleAsync(Click(Alice, AssistVerbs.Draft), default);

        var card = Assert.Single(result.Replies).Card!;
        Assert.True(result.Replies[0].AiGenerated);
        var input = RouterHarnessFlatten(card).OfType<TextInput>().Single();
        Assert.Equal((AgentVerbs.ReplyInput, "Hello, could you try starting Outlook in safe mode?"), (input.Id, input.Value));
        Assert.Equal([AgentVerbs.Reply], Verbs(card));
        Assert.DoesNotContain(await _tickets.GetHistoryAsync(Number, default), e => e.Kind == TicketEventKind.ReplyToRequester);
        Assert.Empty(_tickets.Outbox);

        // The agent edits the draft and clicks Send: the ticket card's own reply, with its checks.
        var send = Conversation.RouterHarness.DataOf(card, AgentVerbs.Reply);
        var sla = new Mock<ISlaClock>();
        sla.Setup(s => s.Update(It.IsAny<Ticket>(), It.IsAny<Ticket>(), It.IsAny<DateTimeOffset>())).Returns((Ticket _, Ticket after, DateTimeOffset _) => after.Sla);
        var replies = new AgentActionHandler(_tickets, _queue, sla.Object, AgentParts.Notifier(_tickets, _queue), AgentParts.Cards, new FakeTimeProvider(Now));
        await replies.HandleAsync(Click(Alice, AgentVerbs.Reply, new JsonObject { [AgentVerbs.ReplyInput] = "Hello Jean, please try safe mode." }, version: (long)send[AgentVerbs.VersionField]!), default);

        var sent = Assert.Single(await _tickets.GetHistoryAsync(Number, default), e => e.Kind == TicketEventKind.ReplyToRequester);
        Assert.Equal("Hello Jean, please try safe mode.", sent.Text);
    }

    [Theory]
    [InlineData("en-US", "The language model is not available right now. Try again in a moment.")]
    [InlineData("fr-FR", "Le modèle de langage n'est pas disponible pour le moment. Réessayez dans un instant.")]
    public async Task NoModelNow_SaysSo_InTheAgentsLanguage(string locale, string expected)
    {
        var result = await Handler(new ScriptedAssist(null, null)).HandleAsync(Click(Alice, AssistVerbs.Draft, locale: locale), default);

        Assert.Equal(expected, Assert.Single(result.Replies).Text);
        Assert.False(result.Replies[0].AiGenerated);
    }

    [Fact]
    public async Task SummaryInFrench_HasTheFrenchLabel()
    {
        var result = await Handler(new ScriptedAssist("Outlook plante au démarrage.", null)).HandleAsync(Click(Alice, AssistVerbs.Summary, locale: "fr-FR"), default);

        Assert.StartsWith("Résumé généré par l'IA. Vérifiez le ticket avant d'agir.\nRésumé de INC-000042", AllText(Assert.Single(result.Replies).Card!), StringComparison.Ordinal);
    }

    [Fact]
    public void TicketCard_OffersTheHelpBehindMore_OnlyWithAModel()
    {
        var with = new AgentTicketCard(AgentParts.Catalogue,
            Microsoft.Extensions.Options.Options.Create(Flows.RequestAccess.ShippedAccessCatalogue.Options()),
            Microsoft.Extensions.Options.Options.Create(Flows.RequestAccess.ShippedAccessCatalogue.Items()), new ScriptedAssist(null, null));
        var without = new AgentTicketCard(AgentParts.Catalogue,
            Microsoft.Extensions.Options.Options.Create(Flows.RequestAccess.ShippedAccessCatalogue.Options()),
            Microsoft.Extensions.Options.Options.Create(Flows.RequestAccess.ShippedAccessCatalogue.Items()), new ScriptedAssist(null, null, available: false));
        var reader = new AgentCardReader(Texts.English, TimeZoneInfo.Utc, [Alice, Bob]);

        var open = Verbs(with.Build(Ticket(TicketStatus.InProgress, Alice), [], reader));
        var closed = Verbs(with.Build(Ticket(TicketStatus.Closed, Alice), [], reader));

        Assert.Equal([AssistVerbs.Summary, AssistVerbs.Draft, AssistVerbs.Similar], open.Where(AssistVerbs.All.Contains));
        Assert.Equal([AssistVerbs.Summary, AssistVerbs.Similar], closed.Where(AssistVerbs.All.Contains));
        Assert.DoesNotContain(Verbs(without.Build(Ticket(TicketStatus.InProgress, Alice), [], reader)), AssistVerbs.All.Contains);
    }

    private static IEnumerable<CardElement> RouterHarnessFlatten(AdaptiveCard card) => Conversation.RouterHarness.Flatten(card.Body);
}
