using System.Text.Json;
using Moq;
using ServiceDesk.Cards;
using ServiceDesk.TestKit;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using static ServiceDesk.Dialogs.Tests.Metrics.MetricsTickets;

namespace ServiceDesk.Dialogs.Tests.Metrics;

/// <summary><c>stats</c> in the agents' channel: the period it reads, the card it answers with (EN/FR), bad arguments.</summary>
public sealed class StatsCommandTests
{
    private static readonly DateTimeOffset Now = At(20, 12);
    private readonly Mock<ITicketQueries> queries = new();
    private readonly Mock<IDeflectionCounts> deflections = new();
    private readonly List<TicketFilter> asked = [];
    private readonly StatsCommand command;

    public StatsCommandTests()
    {
        var resolved = Ticket("INC-000001", Priority.P2, At(18, 9), TicketStatus.Resolved,
            new SlaState(At(18, 9, 30), At(18, 17), RespondedAt: At(18, 9, 10)), At(18, 11), 5);
        var open = Ticket("INC-000002", Priority.P1, At(19, 9), TicketStatus.InProgress);
        queries.Setup(q => q.ListAsync(It.IsAny<TicketFilter>(), It.IsAny<int>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((TicketFilter f, int _, string? _, CancellationToken _) =>
            {
                lock (asked) asked.Add(f);
                return new TicketPage([.. new[] { resolved, open }.Where(f.Matches)], null);
            });
        deflections.Setup(d => d.CountAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DeflectionCounts(2, 1));
        var store = new Mock<ITicketStore>();
        store.Setup(s => s.GetHistoryAsync(It.IsAny<TicketNumber>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var clock = new FakeTimeProvider(Now);
        command = new StatsCommand(new MetricsReader(store.Object, queries.Object, deflections.Object, Clock, clock, NotBuiltDays.Instance), clock);
    }

    [Theory]
    [InlineData("", 30)]
    [InlineData("7", 7)]
    [InlineData(" 366 ", 366)]
    public async Task Run_ReadsTheLastNDays(string arguments, int days)
    {
        await command.RunAsync(Turn(), arguments, Texts.English, CancellationToken.None);

        Assert.Contains(new TicketFilter(CreatedFrom: Now.AddDays(-days - MetricsReader.LookbackDays), CreatedBefore: Now), asked);
        deflections.Verify(d => d.CountAsync(Now.AddDays(-days), Now, It.IsAny<CancellationToken>()));
    }

    [Theory]
    [InlineData("en-US", "Service desk, last 7 days", "Resolved within SLA", "100 % (of 1)")]
    [InlineData("fr-FR", "Centre de services, 7 derniers jours", "Résolus dans le délai", "100 % (sur 1)")]
    public async Task Run_AnswersWithTheMetricsCard_InThePersonsLanguage(string locale, string title, string label, string value)
    {
        var result = await command.RunAsync(Turn(locale), "7", Texts.For(locale), CancellationToken.None);

        var card = Assert.Single(result.Replies).Card!;
        var json = CardJson.Serialize(card);
        Assert.Contains(title, json, StringComparison.Ordinal);
        var facts = card.Body.OfType<FactSet>().SelectMany(f => f.Facts).ToList();
        Assert.Contains(new Fact(label, value), facts);
        Assert.Contains(facts, f => f.Title == "P2"); // the resolved P2 incident's times
    }

    [Theory]
    [InlineData("en-US", "Deflection (answered without a ticket)", "Deflection by knowledge-base articles", "Deflection by the language model's answers", "50 % (of 4)", "25 % (helpful answers: 1)")]
    [InlineData("fr-FR", "Demandes évitées (réponses sans ticket)", "Demandes évitées par les articles de la base de connaissances", "Demandes évitées par les réponses du modèle de langue", "50 % (sur 4)", "25 % (réponses utiles : 1)")]
    public async Task Run_SplitsTheDeflectionBySource_InThePersonsLanguage(string locale, string total, string byArticles, string byModel, string totalValue, string partValue)
    {
        // Two helpful answers (one of them the model's) and two incidents created in the period: 2 / 4 in all, 1 / 4 each.
        deflections.Setup(d => d.CountAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DeflectionCounts(2, 1) { HelpfulByModel = 1, NotHelpfulByModel = 1 });

        var facts = await FactsAsync(locale);

        Assert.Equal(totalValue, facts[total]);
        Assert.Equal(partValue, facts[byArticles]);
        Assert.Equal(partValue, facts[byModel]);
    }

    [Fact]
    public async Task Run_WithoutAnyAnswerOfTheModel_ShowsNoModelLine()
    {
        var facts = await FactsAsync("en-US");

        Assert.Equal("50 % (helpful answers: 2)", facts["Deflection by knowledge-base articles"]);
        Assert.DoesNotContain("Deflection by the language model's answers", facts.Keys);
    }

    private async Task<Dictionary<string, string>> FactsAsync(string locale)
    {
        var result = await command.RunAsync(Turn(locale), "7", Texts.For(locale), CancellationToken.None);
        return Assert.Single(result.Replies).Card!.Body.OfType<FactSet>().SelectMany(f => f.Facts).ToDictionary(f => f.Title, f => f.Value);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("367")]
    [InlineData("-5")]
    [InlineData("7 days")]
    public async Task Run_WithABadNumberOfDays_ExplainsTheUsage_AndReadsNothing(string arguments)
    {
        var result = await command.RunAsync(Turn(), arguments, Texts.English, CancellationToken.None);

        Assert.Equal(Texts.English.Get(TextKeys.MetricsUsage, 366), Assert.Single(result.Replies).Text);
        Assert.Empty(asked);
    }

    [Fact]
    public async Task Card_RendersWithTheOfficialRenderer_InBothLanguages()
    {
        var cards = new List<AdaptiveCard>();
        foreach (var locale in new[] { "en-US", "fr-FR" })
        {
            cards.Add((await command.RunAsync(Turn(locale), "", Texts.For(locale), CancellationToken.None)).Replies[0].Card!);
        }

        var reports = await CardRenderer.RenderAsync(cards);

        Assert.All(reports, r =>
        {
            Assert.Null(r.Error);
            Assert.Empty(r.AllEvents);
        });
    }

    [Fact]
    public void EveryOpenStatus_HasABacklogName_InBothLanguages()
    {
        foreach (var status in Enum.GetValues<TicketStatus>().Where(s => s.IsOpen()))
        {
            Assert.False(string.IsNullOrWhiteSpace(Texts.English.Get(StatsCard.StatusKeyPrefix + status)));
            Assert.False(string.IsNullOrWhiteSpace(Texts.French.Get(StatsCard.StatusKeyPrefix + status)));
        }
    }

    private static Turn Turn(string locale = "en-US") => new(
        TurnKind.Message, "1", new Person("29:agent1", null, "Agent One"),
        new ConversationReference("https://smba.example/", "19:queue@thread.tacv2;messageid=1", "tenant", "msteams", ConversationKind.Channel, "28:bot"),
        locale, null, "stats", null, Now);
}
