using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Moq;
using ServiceDesk.Bot.Outbox;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>A turn wakes the outbox worker: what the turn wrote leaves at once, not at the next poll.</summary>
public sealed class OutboxTurnSignalTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ARecordWrittenByATurn_IsDeliveredWellBeforeThePollInterval(bool turnFails)
    {
        await using var connector = await OutboxFakeConnector.StartAsync();
        IOutboxStore? store = null;
        var handler = new Mock<ITurnHandler>();
        handler.Setup(h => h.HandleAsync(It.IsAny<Turn>(), It.IsAny<CancellationToken>()))
            .Returns(async (Turn turn, CancellationToken ct) =>
            {
                // As a dialog does: the record is written with the change, the turn answers its own person.
                await store!.EnqueueAsync(new OutboxDraft("from-turn", OutboxKind.Send, OutboxHarness.Chat(connector, "a:someone-else"), OutboxHarness.Message("from-turn")), ct);
                return turnFails ? throw new InvalidOperationException("after the write") : new TurnResult([Reply.Of("reply")]);
            });
        await using var factory = new BotHostFactory(
            new Dictionary<string, string?> { ["Outbox:PollIntervalMilliseconds"] = "60000" },
            s => s.AddSingleton(handler.Object));
        using var client = factory.CreateClient();
        store = factory.Services.GetRequiredService<IOutboxStore>();
        var worker = factory.Services.GetServices<IHostedService>().OfType<OutboxWorker>().Single();
        // It has looked once and now waits a minute: only the turn's signal can make it look again sooner.
        await OutboxHarness.WaitUntilAsync(() => Task.FromResult(worker.Cycles >= 1), "the worker's first round");

        var started = Stopwatch.StartNew();
        var response = await client.PostAsync("/api/messages",
            new StringContent(ActivityFixtures.With("personal-message", connector.ServiceUrl), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        await OutboxHarness.WaitUntilAsync(async () => (await store.GetAsync("from-turn", CancellationToken.None))?.Status == OutboxStatus.Delivered,
            "the turn's record is delivered", seconds: 15);

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(15), $"{started.Elapsed} (poll interval 60 s)");
        Assert.Single(connector.CallsFor("from-turn"));
    }
}
