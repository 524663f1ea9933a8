using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using ServiceDesk.Cards;
using ServiceDesk.TestKit;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Routing;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Outbox;

/// <summary>The agents' <c>outbox</c> command: parked records listed with what an agent needs to act, and Retry / Retry all for agents only.</summary>
public sealed class OutboxCommandTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private readonly InMemoryOutbox outbox = new();
    private readonly Mock<IAgentQueue> agents = new();
    private readonly FakeTimeProvider clock = new(Now);

    public OutboxCommandTests() =>
        agents.Setup(a => a.IsAgentAsync(It.Is<Person>(p => p.Id == "29:agent"), It.IsAny<CancellationToken>())).ReturnsAsync(true);

    [Theory]
    [InlineData("en-US", "Nothing is parked")]
    [InlineData("fr-FR", "Rien n'est en attente")]
    public async Task Outbox_WithNothingParked_SaysSoInTheAgentsLanguage(string locale, string expected)
    {
        var result = await Command().RunAsync(TurnFactory.Message(locale, "outbox"), string.Empty, Texts.For(locale), CancellationToken.None);

        var reply = Assert.Single(result.Replies);
        Assert.Null(reply.Card);
        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outbox_ListsEachParkedRecord_WithKeyKindSubjectStatusAttemptsErrorAndAge_AndARetryButton()
    {
        outbox.Park("INC-000123/v4/requester", OutboxStatus.Unreachable, Now.AddMinutes(-42));
        outbox.Park("INC-000124/v2/queue-card", OutboxStatus.Failed, Now.AddHours(-5), kind: OutboxKind.UpdateActivity, error: "ServerError (503, ServiceError); gave up after 8 attempts");

        var result = await Command().RunAsync(TurnFactory.Message("en-US", "outbox"), string.Empty, Texts.English, CancellationToken.None);

        var json = CardJson.Serialize(Assert.Single(result.Replies).Card!);
        Assert.Contains("Undelivered messages (2)", json);
        Assert.Contains("INC-000123/v4/requester", json);
        Assert.Contains("Unreachable: Teams refused it", json);
        Assert.Contains("Forbidden (403, ConversationBlockedByUser)", json);
        Assert.Contains("42 min ago", json);
        Assert.Contains("Card update", json);
        Assert.Contains("gave up after 8 attempts", json);
        Assert.Contains("5 h ago", json);
        Assert.Contains("\"key\":\"INC-000124/v2/queue-card\"", json);
        Assert.Equal(2, Count(json, "\"key\":\"INC-") / 2); // Action.Execute and its Submit fallback carry the key
        Assert.Contains("\"verb\":\"outbox.retryAll\"", json);
    }

    [Fact]
    public async Task Retry_ByAnAgent_PutsTheRecordBack_AndAnswersTheRefreshedList()
    {
        outbox.Park("INC-000123/v4/requester", OutboxStatus.Unreachable, Now.AddMinutes(-3));
        outbox.Park("INC-000125/v1/queue-card", OutboxStatus.Failed, Now.AddMinutes(-2));

        var result = await Handler().HandleAsync(Click(OutboxCommandVerbs.Retry, "INC-000123/v4/requester"), CancellationToken.None);

        Assert.Equal(OutboxStatus.Pending, (await outbox.GetAsync("INC-000123/v4/requester", CancellationToken.None))!.Status);
        Assert.Equal(OutboxStatus.Failed, (await outbox.GetAsync("INC-000125/v1/queue-card", CancellationToken.None))!.Status);
        var json = CardJson.Serialize(result.Invoke!.Card!);
        Assert.Contains("1 message(s) sent back to the queue", json);
        Assert.DoesNotContain("INC-000123/v4/requester", json);
        Assert.Contains("INC-000125/v1/queue-card", json);
    }

    [Fact]
    public async Task RetryAll_ByAnAgent_PutsEveryParkedRecordBack_AndTheCardSaysNothingIsLeft()
    {
        for (var i = 0; i < 20; i++)
        {
            outbox.Park($"INC-{i:D6}/v1/requester", i % 2 == 0 ? OutboxStatus.Failed : OutboxStatus.Unreachable, Now.AddDays(-3));
        }

        var result = await Handler().HandleAsync(Click(OutboxCommandVerbs.RetryAll, key: null, locale: "fr-FR"), CancellationToken.None);

        Assert.Empty(await outbox.ListFailedAsync(100, CancellationToken.None));
        var json = CardJson.Serialize(result.Invoke!.Card!);
        Assert.Contains("20 message(s) remis dans la file", json);
        Assert.Contains("Rien n'est en attente", json);
        Assert.DoesNotContain("outbox.retry", json);
    }

    [Fact]
    public async Task Retry_BySomeoneWhoIsNotAnAgent_IsRefused_AndNothingIsRetried()
    {
        outbox.Park("INC-000123/v4/requester", OutboxStatus.Unreachable, Now);

        var result = await Handler().HandleAsync(Click(OutboxCommandVerbs.RetryAll, key: null, userId: "29:employee"), CancellationToken.None);

        Assert.Null(result.Invoke!.Card);
        Assert.Equal(Texts.English.Get(TextKeys.OutboxNotAgent), result.Invoke.Message);
        Assert.Equal(0, outbox.RetryCalls);
        Assert.Equal(OutboxStatus.Unreachable, (await outbox.GetAsync("INC-000123/v4/requester", CancellationToken.None))!.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(42)]
    [InlineData("long")]
    public async Task Retry_WithForgedData_IsRefusedWithoutTouchingTheStore(object? key)
    {
        var data = new JsonObject { ["verb"] = OutboxCommandVerbs.Retry };
        if (key is not null)
        {
            data[OutboxCommandVerbs.KeyField] = key is "long" ? new string('k', 300) : JsonValue.Create(key);
        }

        var result = await Handler().HandleAsync(TurnFactory.Card("en-US", OutboxCommandVerbs.Retry, data, userId: "29:agent"), CancellationToken.None);

        Assert.Equal(Texts.English.Get(TextKeys.OutboxInvalid), result.Invoke!.Message);
        Assert.Equal(0, outbox.RetryCalls);
    }

    [Fact]
    public async Task Retry_OfARecordNoLongerParked_SaysSo_AndShowsTheCurrentList()
    {
        outbox.Park("INC-000125/v1/queue-card", OutboxStatus.Failed, Now);

        var result = await Handler().HandleAsync(Click(OutboxCommandVerbs.Retry, "INC-000999/v1/requester", invoke: false), CancellationToken.None);

        var json = CardJson.Serialize(Assert.Single(result.Replies).Card!);
        Assert.Contains(Texts.English.Get(TextKeys.OutboxNotParked), json);
        Assert.Contains("INC-000125/v1/queue-card", json);
    }

    [Fact]
    public async Task TheCard_ShowsAtMost15_SaysThereAreMore_FitsTeamsLimit_AndRendersInBothLanguages()
    {
        for (var i = 0; i < 40; i++)
        {
            outbox.Park($"INC-{i:D6}/v12/requester-card", OutboxStatus.Failed, Now.AddMinutes(-i), error: new string('e', 200));
        }

        var cards = new List<AdaptiveCard>();
        foreach (var locale in new[] { "en-US", "fr-FR" })
        {
            var result = await Command().RunAsync(TurnFactory.Message(locale, "outbox"), string.Empty, Texts.For(locale), CancellationToken.None);
            cards.Add(Assert.Single(result.Replies).Card!);
        }

        Assert.All(cards, c => Assert.True(CardJson.FitsBudget(c), $"{CardJson.Utf8Size(c)} bytes"));
        Assert.Equal(15, Count(CardJson.Serialize(cards[0]), "\"key\":\"INC-") / 2);
        Assert.Contains("Only the first 15 are shown", CardJson.Serialize(cards[0]));
        var reports = await CardRenderer.RenderAsync(cards);
        Assert.All(reports, r =>
        {
            Assert.Null(r.Error);
            Assert.Empty(r.AllEvents);
        });
    }

    [Fact]
    public void AddOutboxCommand_RegistersTheCommandAndItsButtonsOnce()
    {
        var services = new ServiceCollection().AddOutboxCommand().AddOutboxCommand();

        Assert.Equal(typeof(OutboxCommand), Assert.Single(services, d => d.ServiceType == typeof(IAgentCommand)).ImplementationType);
        Assert.Equal(typeof(OutboxRetryHandler), Assert.Single(services, d => d.ServiceType == typeof(ICardActionHandler)).ImplementationType);
        Assert.Equal("outbox", Command().Name);
        Assert.Equal(TextKeys.OutboxHelp, Command().HelpKey);
        Assert.Equal([OutboxCommandVerbs.Retry, OutboxCommandVerbs.RetryAll], Handler().Verbs);
    }

    private OutboxCommand Command() => new(outbox, clock);

    private OutboxRetryHandler Handler() => new(outbox, agents.Object, clock);

    private static Turn Click(string verb, string? key, string locale = "en-US", string userId = "29:agent", bool invoke = true)
    {
        var data = new JsonObject();
        if (key is not null)
        {
            data[OutboxCommandVerbs.KeyField] = key;
        }

        return TurnFactory.Card(locale, verb, data, invoke, userId);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
