using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Ports;

/// <summary>What the service desk remembers of a person: for proactive messages in their language and time zone.</summary>
public sealed record UserProfile(
    string UserId,
    string? AadObjectId,
    string? Name,
    string Locale,
    string? TimeZone,
    DateTimeOffset LastSeen,
    ConversationReference? PersonalConversation,
    bool ConversationStale = false);

/// <summary>User profiles and their 1:1 conversation references, refreshed on every message.</summary>
public interface IUserProfileStore
{
    /// <summary>
    /// The profile of <paramref name="userId"/>: a Teams user id, or the Entra object id of someone who talked to the bot
    /// (people named by Microsoft Graph, managers and owners, are known by object id only, and reach their chat this way).
    /// </summary>
    Task<UserProfile?> GetAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Inserts or refreshes the profile (last writer wins: it is a cache of what Teams told us).</summary>
    Task SaveAsync(UserProfile profile, CancellationToken cancellationToken);

    /// <summary>
    /// The 1:1 conversation answered 403/404: do not write to it again until the user talks to the bot
    /// (<paramref name="userId"/> as for <see cref="GetAsync"/>).
    /// </summary>
    Task MarkConversationStaleAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Everyone the bot can write to in a 1:1 chat (a known, not stale conversation reference), in a stable order
    /// (by the user id's storage key), after <paramref name="afterUserId"/> (null: from the start), at most <paramref name="max"/>:
    /// the recipients of an announcement, page by page. Fewer than <paramref name="max"/> means the end.
    /// </summary>
    Task<IReadOnlyList<UserProfile>> ListReachableAsync(string? afterUserId, int max, CancellationToken cancellationToken);
}
