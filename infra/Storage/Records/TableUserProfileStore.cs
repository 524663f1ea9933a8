using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Profiles by Teams user id (encoded: ids like <c>29:1abc…</c> may hold characters keys forbid), one entity each.
/// Saving is an upsert (last writer wins: it mirrors what Teams last told us); marking stale is conditional, so it
/// never undoes a refresh that happened in between. The reachable ones are also listed in partition
/// <see cref="ReachablePartition"/> (row = the encoded user id, a copy of the profile), so an announcement pages its
/// recipients without scanning the table; that copy is written only when what a broadcast needs changed (the 1:1
/// conversation, the locale, the time zone, staleness), not on every turn. The profile itself is rewritten only when
/// something in it changed or its last-seen time is more than <see cref="LastSeenResolution"/> old: a turn reads it, and
/// most turns write nothing (a conversation marked stale reads as changed, so the next turn still clears the mark).
/// A profile with an Entra object id is also found by it: partition <see cref="ObjectIdPartition"/> (row = the encoded,
/// lower-case object id) holds the Teams user id, since people named by Microsoft Graph are known by object id only.
/// </summary>
internal sealed class TableUserProfileStore(RecordTables tables) : IUserProfileStore
{
    private const string Row = "profile";
    private const string ListedProperty = "Listed";
    private const string ObjectIdIndexedProperty = "ObjectIdIndexed";
    private const string UserIdProperty = "UserId";

    /// <summary>Not an encoded user id ('!' followed by non-hex), so it never meets a profile's partition.</summary>
    internal const string ReachablePartition = "!reachable";

    /// <summary>Not an encoded user id either ('o' is not a hex digit).</summary>
    internal const string ObjectIdPartition = "!objectid";

    public async Task<UserProfile?> GetAsync(string userId, CancellationToken cancellationToken)
    {
        var entity = await FindEntityAsync(userId, cancellationToken).ConfigureAwait(false);
        return entity is null ? null : RecordJson.Read<UserProfile>(entity);
    }

    public async Task SaveAsync(UserProfile profile, CancellationToken cancellationToken)
    {
        var stored = await GetEntityAsync(profile.UserId, cancellationToken).ConfigureAwait(false);
        var listed = stored?.GetBoolean(ListedProperty) == true;
        var indexed = stored?.GetBoolean(ObjectIdIndexedProperty) == true;
        var previous = stored is null ? null : RecordJson.Read<UserProfile>(stored);
        if (listed && indexed && previous is not null && Unchanged(previous, profile))
        {
            // Every personal turn refreshes the profile: a write that would only move the last-seen time by a little is
            // skipped, so most turns cost one read here, not a read and a write.
            return;
        }

        // Profiles saved before the listing existed carry no mark: they are listed at their next turn.
        if (!listed || previous is null || !SameReach(previous, profile))
        {
            // The listing first: a crash before the profile is written leaves them differing, and the next turn writes both.
            await IndexAsync(profile, cancellationToken).ConfigureAwait(false);
        }

        // Profiles saved before the object id index existed are indexed at their next turn, like the listing.
        if (profile.AadObjectId is { Length: > 0 } objectId && (!indexed || !string.Equals(previous?.AadObjectId, objectId, StringComparison.OrdinalIgnoreCase)))
        {
            var row = new TableEntity(ObjectIdPartition, ObjectIdRow(objectId)) { [UserIdProperty] = profile.UserId };
            (await tables.Profiles.UpsertAsync(row, cancellationToken).ConfigureAwait(false)).OrThrow("object id save");
        }

        (await tables.Profiles.UpsertAsync(Entity(profile), cancellationToken).ConfigureAwait(false)).OrThrow("profile save");
    }

    public async Task MarkConversationStaleAsync(string userId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var entity = await FindEntityAsync(userId, cancellationToken).ConfigureAwait(false);
            if (entity is null)
            {
                return;
            }

            var profile = RecordJson.Read<UserProfile>(entity);
            if (profile.ConversationStale)
            {
                await IndexAsync(profile, cancellationToken).ConfigureAwait(false);
                return;
            }

            var updated = await tables.Profiles.UpdateAsync(Entity(profile with { ConversationStale = true }), entity.ETag!, cancellationToken)
                .ConfigureAwait(false);
            if (updated.IsOk)
            {
                await IndexAsync(profile with { ConversationStale = true }, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (updated.Status == TableStatus.NotFound)
            {
                return;
            }

            if (updated.Status != TableStatus.PreconditionFailed)
            {
                throw TableResultExtensions.Unavailable(updated, "profile stale");
            }
        }
    }

    public async Task<IReadOnlyList<UserProfile>> ListReachableAsync(string? afterUserId, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var after = afterUserId is null ? null : TableKey.Encode(afterUserId);
        var found = new List<UserProfile>(max);
        string? token = null;
        do
        {
            // From the cursor inclusive (the contract has no exclusive bound): one row more, the cursor's own skipped.
            var query = new TableQuery(ReachablePartition)
            {
                RowKeyFrom = after,
                Take = Math.Min(TableQuery.MaxTake, max - found.Count + 1),
                ContinuationToken = token,
            };
            var page = (await tables.Profiles.QueryAsync(query, cancellationToken).ConfigureAwait(false)).OrThrow("reachable profiles");
            found.AddRange(page.Entities.Where(e => e.RowKey != after).Select(e => RecordJson.Read<UserProfile>(e)).Take(max - found.Count));
            token = page.ContinuationToken;
        }
        while (token is not null && found.Count < max);

        return found;
    }

    /// <summary>How stale the stored last-seen time may get before a turn that changes nothing else writes it again.</summary>
    internal static readonly TimeSpan LastSeenResolution = TimeSpan.FromHours(1);

    /// <summary>Everything but the last-seen time is the same, and that one is within <see cref="LastSeenResolution"/>.</summary>
    private static bool Unchanged(UserProfile stored, UserProfile profile) =>
        (stored with { LastSeen = profile.LastSeen }) == profile && (profile.LastSeen - stored.LastSeen).Duration() < LastSeenResolution;

    /// <summary>What a broadcast reads of a profile is unchanged (the name and last-seen time are not part of it).</summary>
    private static bool SameReach(UserProfile stored, UserProfile profile) =>
        stored.PersonalConversation == profile.PersonalConversation && stored.ConversationStale == profile.ConversationStale &&
        stored.Locale == profile.Locale && stored.TimeZone == profile.TimeZone;

    private async Task IndexAsync(UserProfile profile, CancellationToken cancellationToken)
    {
        var row = TableKey.Encode(profile.UserId);
        if (profile is { PersonalConversation: not null, ConversationStale: false })
        {
            var entity = new TableEntity(ReachablePartition, row);
            RecordJson.Write(entity, profile);
            (await tables.Profiles.UpsertAsync(entity, cancellationToken).ConfigureAwait(false)).OrThrow("reachable save");
            return;
        }

        var deleted = await tables.Profiles.DeleteAsync(ReachablePartition, row, TableEntity.AnyETag, cancellationToken).ConfigureAwait(false);
        if (!deleted.IsOk && deleted.Status != TableStatus.NotFound)
        {
            throw TableResultExtensions.Unavailable(deleted, "reachable delete");
        }
    }

    private static TableEntity Entity(UserProfile profile)
    {
        var entity = new TableEntity(TableKey.Encode(profile.UserId), Row) { [ListedProperty] = true, [ObjectIdIndexedProperty] = true };
        RecordJson.Write(entity, profile);
        return entity;
    }

    /// <summary>
    /// The profile whose Teams user id is <paramref name="id"/>, else the one whose Entra object id it is (the index row
    /// is trusted only while the profile still carries that object id).
    /// </summary>
    private async Task<TableEntity?> FindEntityAsync(string id, CancellationToken cancellationToken)
    {
        if (await GetEntityAsync(id, cancellationToken).ConfigureAwait(false) is { } entity)
        {
            return entity;
        }

        var got = await tables.Profiles.GetAsync(ObjectIdPartition, ObjectIdRow(id), cancellationToken).ConfigureAwait(false);
        if (got.Status == TableStatus.NotFound || got.OrThrow("object id get").GetString(UserIdProperty) is not { } userId)
        {
            return null;
        }

        var profile = await GetEntityAsync(userId, cancellationToken).ConfigureAwait(false);
        return profile is not null && string.Equals(RecordJson.Read<UserProfile>(profile).AadObjectId, id, StringComparison.OrdinalIgnoreCase)
            ? profile
            : null;
    }

    private static string ObjectIdRow(string objectId) => TableKey.Encode(objectId.ToLowerInvariant());

    private async Task<TableEntity?> GetEntityAsync(string userId, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var got = await tables.Profiles.GetAsync(TableKey.Encode(userId), Row, cancellationToken).ConfigureAwait(false);
        return got.Status == TableStatus.NotFound ? null : got.OrThrow("profile get");
    }
}
