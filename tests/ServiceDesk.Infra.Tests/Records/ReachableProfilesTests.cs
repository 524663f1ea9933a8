using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Infra.Storage.Records;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Tests.Fixtures;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>The reachable-recipients listing of the profile store (an announcement's recipients), on each backend.</summary>
public abstract class ReachableProfilesTests : RecordsTestBase
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private static UserProfile Profile(string id, string locale = "en-US", string conversation = "a:chat") => new(
        id, null, "Name " + id, locale, "Europe/Paris", T0,
        new ConversationReference("https://smba.example/", conversation + id, "tenant", "msteams", ConversationKind.Personal, "28:bot"));

    private async Task<List<string>> ListAllAsync(int pageSize)
    {
        var ids = new List<string>();
        string? after = null;
        while (true)
        {
            var page = await Records.Profiles.ListReachableAsync(after, pageSize, CancellationToken.None);
            Assert.True(page.Count <= pageSize);
            ids.AddRange(page.Select(p => p.UserId));
            if (page.Count < pageSize)
            {
                return ids;
            }

            after = page[^1].UserId;
        }
    }

    [Fact]
    public async Task Pages_list_every_reachable_profile_once_and_skip_those_without_a_chat_or_stale()
    {
        var ids = Enumerable.Range(0, 23).Select(i => $"29:user-{i:D3}").ToList();
        ids.Add("29:odd/id#?");
        foreach (var id in ids)
        {
            await Records.Profiles.SaveAsync(Profile(id), CancellationToken.None);
        }

        await Records.Profiles.SaveAsync(Profile("29:no-chat") with { PersonalConversation = null }, CancellationToken.None);
        await Records.Profiles.MarkConversationStaleAsync("29:user-005", CancellationToken.None);

        var expected = ids.Where(i => i != "29:user-005").ToHashSet();
        foreach (var size in new[] { 1, 5, 23, 100 })
        {
            var listed = await ListAllAsync(size);
            Assert.Equal(listed.Count, listed.Distinct().Count());
            Assert.Equal(expected, listed.ToHashSet());
        }
    }

    [Fact]
    public async Task A_stale_recipient_is_listed_again_once_they_talk_to_the_bot_and_carries_the_latest_locale()
    {
        await Records.Profiles.SaveAsync(Profile("29:a"), CancellationToken.None);
        await Records.Profiles.MarkConversationStaleAsync("29:a", CancellationToken.None);
        Assert.Empty(await Records.Profiles.ListReachableAsync(null, 10, CancellationToken.None));

        await Records.Profiles.SaveAsync(Profile("29:a", "fr-FR", "a:new"), CancellationToken.None);

        var listed = Assert.Single(await Records.Profiles.ListReachableAsync(null, 10, CancellationToken.None));
        Assert.Equal(("fr-FR", "a:new29:a", false), (listed.Locale, listed.PersonalConversation!.ConversationId, listed.ConversationStale));
    }

    [Fact]
    public async Task A_profile_saved_before_the_listing_existed_is_listed_at_its_next_turn()
    {
        var old = new TableEntity(TableKey.Encode("29:old"), "profile");
        old["Data"] = System.Text.Json.JsonSerializer.Serialize(Profile("29:old"), RecordJson.Options);
        await Records.Tables.EnsureCreatedAsync(CancellationToken.None);
        await Records.Tables.Profiles.UpsertAsync(old, CancellationToken.None);
        Assert.Empty(await Records.Profiles.ListReachableAsync(null, 10, CancellationToken.None));

        await Records.Profiles.SaveAsync(Profile("29:old"), CancellationToken.None);

        Assert.Equal("29:old", Assert.Single(await Records.Profiles.ListReachableAsync(null, 10, CancellationToken.None)).UserId);
    }

    [Fact]
    public async Task A_turn_that_changes_nothing_a_broadcast_reads_does_not_rewrite_the_listing()
    {
        await Records.Profiles.SaveAsync(Profile("29:a"), CancellationToken.None);
        var before = await Records.Tables.Profiles.GetAsync(TableUserProfileStore.ReachablePartition, TableKey.Encode("29:a"), CancellationToken.None);

        await Records.Profiles.SaveAsync(Profile("29:a") with { LastSeen = T0.AddHours(1), Name = "Renamed" }, CancellationToken.None);
        var same = await Records.Tables.Profiles.GetAsync(TableUserProfileStore.ReachablePartition, TableKey.Encode("29:a"), CancellationToken.None);
        Assert.Equal("Renamed", (await Records.Profiles.GetAsync("29:a", CancellationToken.None))!.Name);
        await Records.Profiles.SaveAsync(Profile("29:a", "fr-FR"), CancellationToken.None);
        var changed = await Records.Tables.Profiles.GetAsync(TableUserProfileStore.ReachablePartition, TableKey.Encode("29:a"), CancellationToken.None);

        Assert.Equal(before.Value!.ETag, same.Value!.ETag);
        Assert.NotEqual(before.Value.ETag, changed.Value!.ETag);
    }
}

public sealed class SqliteReachableProfilesTests : ReachableProfilesTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteReachableProfilesTests(AzuriteFixture azurite) : ReachableProfilesTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}
