using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>The worker as the host runs it: registered by AddBotProtocol, started with the app, settings checked at start.</summary>
public sealed class OutboxHostTests
{
    [Fact]
    public async Task ARecordEnqueuedInTheRunningHost_ArrivesAtTheConnector()
    {
        await using var connector = await OutboxFakeConnector.StartAsync();
        using var factory = new BotHostFactory(new Dictionary<string, string?> { ["Outbox:PollIntervalMilliseconds"] = "50" });
        var store = factory.Services.GetRequiredService<IOutboxStore>();

        await store.EnqueueAsync(new OutboxDraft("host-1", OutboxKind.Send, OutboxHarness.Chat(connector, "a:host-chat"), OutboxHarness.Message("host-1")),
            CancellationToken.None);

        await OutboxHarness.WaitUntilAsync(async () => (await store.GetAsync("host-1", CancellationToken.None))?.Status == OutboxStatus.Delivered,
            "the record is delivered");
        var call = Assert.Single(connector.CallsFor("host-1"));
        Assert.Equal("/v3/conversations/a:host-chat/activities", call.Path);
    }

    [Fact]
    public void ALeaseNoLongerThanTheDeliveryTimeout_StopsTheBotNamingBothSettings()
    {
        using var factory = new BotHostFactory(new Dictionary<string, string?>
        {
            ["Outbox:LeaseSeconds"] = "20",
            ["Outbox:DeliveryTimeoutSeconds"] = "20",
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Outbox:LeaseSeconds", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Outbox:DeliveryTimeoutSeconds", error.ToString(), StringComparison.Ordinal);
    }
}
