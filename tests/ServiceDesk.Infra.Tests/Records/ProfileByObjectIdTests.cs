using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Infra.Storage.Records;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Tests.Fixtures;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>
/// A profile found by the Entra object id its turns carried (how a manager or an owner named by Microsoft Graph reaches
/// their 1:1 chat), on each backend.
/// </summary>
public abstract class ProfileByObjectIdTests : RecordsTestBase
{
    private const string ObjectId = "5f0c2a7e-93b1-4d8e-a1c4-7b2e9d3f6a10";
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private static UserProfile Profile(string id, string? objectId) => new(
        id, objectId, "Patti", "fr-FR", "Europe/Paris", T0,
        new ConversationReference("https://smba.example/", "a:chat-" + id, "tenant", "msteams", ConversationKind.Personal, "28:bot"));

    [Fact]
    public async Task A_profile_is_found_by_its_Teams_id_and_by_its_object_id_in_any_case()
    {
        await Records.Profiles.SaveAsync(Profile("29:patti/1", ObjectId), CancellationToken.None);

        var byTeams = await Records.Profiles.GetAsync("29:patti/1", CancellationToken.None);
        var byObject = await Records.Profiles.GetAsync(ObjectId.ToUpperInvariant(), CancellationToken.None);

        Assert.Equal(byTeams, byObject);
        Assert.Equal(("29:patti/1", "a:chat-29:patti/1"), (byObject!.UserId, byObject.PersonalConversation!.ConversationId));
        Assert.Null(await Records.Profiles.GetAsync("0e9b6c1d-0000-4000-8000-000000000000", CancellationToken.None));
        Assert.Equal("29:patti/1", Assert.Single(await Records.Profiles.ListReachableAsync(null, 10, CancellationToken.None)).UserId);
    }

    [Fact]
    public async Task A_profile_without_an_object_id_is_found_by_its_Teams_id_only()
    {
        await Records.Profiles.SaveAsync(Profile("29:a", null), CancellationToken.None);

        Assert.NotNull(await Records.Profiles.GetAsync("29:a", CancellationToken.None));
        Assert.Null(await Records.Profiles.GetAsync(ObjectId, CancellationToken.None));
    }

    [Fact]
    public async Task Marking_stale_by_object_id_marks_the_profile_it_names()
    {
        await Records.Profiles.SaveAsync(Profile("29:a", ObjectId), CancellationToken.None);

        await Records.Profiles.MarkConversationStaleAsync(ObjectId, CancellationToken.None);

        Assert.True((await Records.Profiles.GetAsync("29:a", CancellationToken.None))!.ConversationStale);
        Assert.Empty(await Records.Profiles.ListReachableAsync(null, 10, CancellationToken.None));
    }

    [Fact]
    public async Task An_object_id_that_moved_to_another_profile_finds_the_new_one_and_the_old_profile_no_longer()
    {
        await Records.Profiles.SaveAsync(Profile("29:old", ObjectId), CancellationToken.None);
        await Records.Profiles.SaveAsync(Profile("29:new", ObjectId), CancellationToken.None);
        await Records.Profiles.SaveAsync(Profile("29:old", "11111111-2222-4333-8444-555555555555"), CancellationToken.None);

        Assert.Equal("29:new", (await Records.Profiles.GetAsync(ObjectId, CancellationToken.None))!.UserId);
        Assert.Equal("29:old", (await Records.Profiles.GetAsync("11111111-2222-4333-8444-555555555555", CancellationToken.None))!.UserId);
    }

    [Fact]
    public async Task A_profile_saved_before_the_object_id_index_existed_is_found_by_it_after_its_next_turn()
    {
        var old = new TableEntity(TableKey.Encode("29:old"), "profile") { ["Listed"] = true };
        old["Data"] = System.Text.Json.JsonSerializer.Serialize(Profile("29:old", ObjectId), RecordJson.Options);
        await Records.Tables.EnsureCreatedAsync(CancellationToken.None);
        await Records.Tables.Profiles.UpsertAsync(old, CancellationToken.None);
        Assert.Null(await Records.Profiles.GetAsync(ObjectId, CancellationToken.None));

        await Records.Profiles.SaveAsync(Profile("29:old", ObjectId), CancellationToken.None);

        Assert.Equal("29:old", (await Records.Profiles.GetAsync(ObjectId, CancellationToken.None))!.UserId);
    }
}

public sealed class SqliteProfileByObjectIdTests : ProfileByObjectIdTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteProfileByObjectIdTests(AzuriteFixture azurite) : ProfileByObjectIdTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}
