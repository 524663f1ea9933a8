using ServiceDesk.Dialogs.Announcements.Agents;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Infra.Storage.Records;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Tests.Fixtures;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>The announcements channel chosen from the setup card, run against each backend.</summary>
public abstract class AnnouncementChannelStoreTests : RecordsTestBase
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private static AnnouncementChannelSetting Setting(string channelId, string by, DateTimeOffset at) => new(
        new ConversationReference("https://smba.example/emea/", channelId, "tenant-1", "msteams", ConversationKind.Channel, "28:bot", "19:all@thread.tacv2", channelId),
        by, "Name of " + by, "fr-FR", at);

    [Fact]
    public async Task The_latest_choice_is_read_back_and_the_queue_listing_never_sees_it()
    {
        var store = new TableAnnouncementChannelStore(Tables);
        Assert.Null(await store.GetAsync(CancellationToken.None));

        await store.SaveAsync(Setting("19:news@thread.tacv2", "29:owner-1", T0), CancellationToken.None);
        await store.SaveAsync(Setting("19:outages/odd#id?@thread.tacv2", "29:owner-2", T0.AddMinutes(5)), CancellationToken.None);

        Assert.Equal(Setting("19:outages/odd#id?@thread.tacv2", "29:owner-2", T0.AddMinutes(5)), await new TableAnnouncementChannelStore(Tables).GetAsync(CancellationToken.None));
        Assert.Empty(await Records.Queues.ListAsync(CancellationToken.None));
    }
}

public sealed class SqliteAnnouncementChannelStoreTests : AnnouncementChannelStoreTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteAnnouncementChannelStoreTests(AzuriteFixture azurite) : AnnouncementChannelStoreTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}
