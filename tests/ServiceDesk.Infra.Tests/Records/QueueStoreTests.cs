using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Tests.Fixtures;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>The agents' queues chosen from the setup card and the Blocked flags, run against each backend.</summary>
public abstract class QueueStoreTests : RecordsTestBase
{
    private const string General = "19:General-abc@thread.tacv2";
    private const string Network = "19:network/odd#id?@thread.tacv2";
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private static QueueSetting Setting(string channelId, string? category, string by, DateTimeOffset at) => new(
        new ConversationReference("https://smba.example/emea/", channelId, "tenant-1", "msteams", ConversationKind.Channel, "28:bot", "19:team@thread.tacv2", channelId),
        category, by, "Name of " + by, "fr-FR", at);

    [Fact]
    public async Task Saved_queues_are_read_back_one_per_category_and_the_latest_choice_wins()
    {
        Assert.Empty(await Records.Queues.ListAsync(CancellationToken.None));

        await Records.Queues.SaveAsync(Setting(General, null, "29:owner-1", T0), CancellationToken.None);
        await Records.Queues.SaveAsync(Setting(Network, "network-vpn", "29:owner-1", T0), CancellationToken.None);
        await Records.Queues.SaveAsync(Setting(Network, null, "29:owner-2", T0.AddMinutes(5)), CancellationToken.None);

        var stored = (await Records.Queues.ListAsync(CancellationToken.None)).OrderBy(s => s.Category).ToList();

        Assert.Equal([Setting(Network, null, "29:owner-2", T0.AddMinutes(5)), Setting(Network, "network-vpn", "29:owner-1", T0)], stored);
    }

    [Fact]
    public async Task A_channel_is_flagged_blocked_once_and_a_new_choice_of_it_clears_the_flag()
    {
        await Records.Queues.SaveAsync(Setting(Network, "network-vpn", "29:owner-1", T0), CancellationToken.None);
        Assert.Empty(await Records.Queues.ListBlockedAsync(CancellationToken.None));

        Assert.True(await Records.Queues.MarkBlockedAsync(Network, T0.AddHours(1), CancellationToken.None));
        Assert.False(await Records.Queues.MarkBlockedAsync(Network, T0.AddHours(2), CancellationToken.None));
        Assert.Equal([Network], await Records.Queues.ListBlockedAsync(CancellationToken.None));

        await Records.Queues.SaveAsync(Setting(General, null, "29:owner-1", T0.AddHours(3)), CancellationToken.None);
        Assert.Equal([Network], await Records.Queues.ListBlockedAsync(CancellationToken.None));

        await Records.Queues.SaveAsync(Setting(Network, "network-vpn", "29:owner-2", T0.AddHours(3)), CancellationToken.None);
        Assert.Empty(await Records.Queues.ListBlockedAsync(CancellationToken.None));
        Assert.True(await Records.Queues.MarkBlockedAsync(Network, T0.AddHours(4), CancellationToken.None));
    }
}

public sealed class SqliteQueueStoreTests : QueueStoreTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteQueueStoreTests(AzuriteFixture azurite) : QueueStoreTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}
