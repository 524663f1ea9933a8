using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Profiles by Teams user id (encoded: ids like <c>29:1abc…</c> may hold characters keys forbid), one entity each.
/// Saving is an upsert (last writer wins: it mirrors what Teams last told us); marking stale is conditional, so it
/// never undoes a refresh that happened in between.
/// </summary>
internal sealed class TableUserProfileStore(RecordTables tables) : IUserProfileStore
{
    private const string Row = "profile";

    public async Task<UserProfile?> GetAsync(string userId, CancellationToken cancellationToken)
    {
        var entity = await GetEntityAsync(userId, cancellationToken).ConfigureAwait(false);
        return entity is null ? null : RecordJson.Read<UserProfile>(entity);
    }

    public async Task SaveAsync(UserProfile profile, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        (await tables.Profiles.UpsertAsync(Entity(profile), cancellationToken).ConfigureAwait(false)).OrThrow("profile save");
    }

    public async Task MarkConversationStaleAsync(string userId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var entity = await GetEntityAsync(userId, cancellationToken).ConfigureAwait(false);
            if (entity is null)
            {
                return;
            }

            var profile = RecordJson.Read<UserProfile>(entity);
            if (profile.ConversationStale)
            {
                return;
            }

            var updated = await tables.Profiles.UpdateAsync(Entity(profile with { ConversationStale = true }), entity.ETag!, cancellationToken)
                .ConfigureAwait(false);
            if (updated.IsOk || updated.Status == TableStatus.NotFound)
            {
                return;
            }

            if (updated.Status != TableStatus.PreconditionFailed)
            {
                throw TableResultExtensions.Unavailable(updated, "profile stale");
            }
        }
    }

    private static TableEntity Entity(UserProfile profile)
    {
        var entity = new TableEntity(TableKey.Encode(profile.UserId), Row);
        RecordJson.Write(entity, profile);
        return entity;
    }

    private async Task<TableEntity?> GetEntityAsync(string userId, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var got = await tables.Profiles.GetAsync(TableKey.Encode(userId), Row, cancellationToken).ConfigureAwait(false);
        return got.Status == TableStatus.NotFound ? null : got.OrThrow("profile get");
    }
}
