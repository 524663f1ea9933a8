using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>User profiles, dialog state and the readiness probe, run against each backend.</summary>
public abstract class ProfileAndDialogStateTests : RecordsTestBase
{
    // Teams ids hold ':', ';' and '@'; the odd ones here also hold characters keys forbid.
    private const string UserId = "29:1a-B/c#d?e\\f";
    private const string ConversationId = "19:abc@thread.tacv2;messageid=1700000000000";

    private static UserProfile Profile(string name, DateTimeOffset seen) => new(
        UserId, "aad-1", name, "fr-FR", "Europe/Paris", seen,
        new ConversationReference("https://smba.example/", "a:1xyz", "tenant", "msteams", ConversationKind.Personal, "28:bot"));

    [Fact]
    public async Task Profile_SaveRefreshesLastWriterWins()
    {
        await Records.Profiles.SaveAsync(Profile("Old", DateTimeOffset.UnixEpoch), CancellationToken.None);
        await Records.Profiles.SaveAsync(Profile("New", DateTimeOffset.UnixEpoch.AddDays(1)), CancellationToken.None);

        var stored = await Records.Profiles.GetAsync(UserId, CancellationToken.None);

        Assert.Equal(Profile("New", DateTimeOffset.UnixEpoch.AddDays(1)), stored);
        Assert.Null(await Records.Profiles.GetAsync("29:unknown", CancellationToken.None));
    }

    [Fact]
    public async Task Profile_MarkStale_UntilTheNextRefresh()
    {
        await Records.Profiles.SaveAsync(Profile("A", DateTimeOffset.UnixEpoch), CancellationToken.None);

        await Records.Profiles.MarkConversationStaleAsync(UserId, CancellationToken.None);
        Assert.True((await Records.Profiles.GetAsync(UserId, CancellationToken.None))!.ConversationStale);

        await Records.Profiles.SaveAsync(Profile("A", DateTimeOffset.UnixEpoch.AddMinutes(1)), CancellationToken.None);
        Assert.False((await Records.Profiles.GetAsync(UserId, CancellationToken.None))!.ConversationStale);
        await Records.Profiles.MarkConversationStaleAsync("29:unknown", CancellationToken.None);
    }

    [Fact]
    public async Task Profile_ASaveThatOnlyMovesTheLastSeenTimeALittle_WritesNothing_AnHourLaterItDoes()
    {
        var t0 = DateTimeOffset.UnixEpoch;
        await Records.Profiles.SaveAsync(Profile("A", t0), CancellationToken.None);

        await Records.Profiles.SaveAsync(Profile("A", t0.AddMinutes(59)), CancellationToken.None);
        Assert.Equal(t0, (await Records.Profiles.GetAsync(UserId, CancellationToken.None))!.LastSeen);

        await Records.Profiles.SaveAsync(Profile("A", t0.AddHours(1)), CancellationToken.None);
        Assert.Equal(t0.AddHours(1), (await Records.Profiles.GetAsync(UserId, CancellationToken.None))!.LastSeen);
    }

    [Fact]
    public async Task DialogState_SavedUnderETag_ConflictsOnStaleOrDuplicateSaves()
    {
        var t = DateTimeOffset.UnixEpoch;
        Assert.Null(await Records.DialogState.GetAsync(ConversationId, UserId, CancellationToken.None));
        Assert.Equal(SaveOutcome.Saved, await Records.DialogState.SaveAsync(ConversationId, UserId, new("report", "{\"step\":1}", t), CancellationToken.None));
        Assert.Equal(SaveOutcome.Conflict, await Records.DialogState.SaveAsync(ConversationId, UserId, new("report", "{\"step\":9}", t), CancellationToken.None));

        var read = await Records.DialogState.GetAsync(ConversationId, UserId, CancellationToken.None);
        Assert.Equal(("report", "{\"step\":1}"), (read!.DialogName, read.StateJson));
        Assert.Equal(SaveOutcome.Saved, await Records.DialogState.SaveAsync(ConversationId, UserId, read with { StateJson = "{\"step\":2}" }, CancellationToken.None));
        Assert.Equal(SaveOutcome.Conflict, await Records.DialogState.SaveAsync(ConversationId, UserId, read with { StateJson = "{\"step\":3}" }, CancellationToken.None));
        Assert.Equal("{\"step\":2}", (await Records.DialogState.GetAsync(ConversationId, UserId, CancellationToken.None))!.StateJson);
        Assert.Null(await Records.DialogState.GetAsync(ConversationId, "29:other", CancellationToken.None));

        await Records.DialogState.ClearAsync(ConversationId, UserId, CancellationToken.None);
        Assert.Null(await Records.DialogState.GetAsync(ConversationId, UserId, CancellationToken.None));
        await Records.DialogState.ClearAsync(ConversationId, UserId, CancellationToken.None);
    }

    [Fact]
    public async Task DialogState_LargeState_RoundTrips()
    {
        var json = "{\"text\":\"" + new string('é', 70_000) + "\"}";
        await Records.DialogState.SaveAsync(ConversationId, UserId, new("report", json, DateTimeOffset.UnixEpoch), CancellationToken.None);
        Assert.Equal(json, (await Records.DialogState.GetAsync(ConversationId, UserId, CancellationToken.None))!.StateJson);
    }

    [Fact]
    public async Task Health_IsReady() => Assert.True(await Records.Health.IsReadyAsync(CancellationToken.None));
}
