using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.TestKit.Ports;

/// <summary>User profiles in memory.</summary>
internal sealed class InMemoryUserProfiles : IUserProfileStore
{
    private readonly Dictionary<string, UserProfile> _profiles = [];

    public Task<UserProfile?> GetAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult(Find(userId));

    public Task SaveAsync(UserProfile profile, CancellationToken cancellationToken)
    {
        _profiles[profile.UserId] = profile;
        return Task.CompletedTask;
    }

    public Task MarkConversationStaleAsync(string userId, CancellationToken cancellationToken)
    {
        if (Find(userId) is { } profile)
        {
            _profiles[profile.UserId] = profile with { ConversationStale = true };
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<UserProfile>> ListReachableAsync(string? afterUserId, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UserProfile>>(
        [
            .. _profiles.Values
                .Where(p => p is { PersonalConversation: not null, ConversationStale: false } && (afterUserId is null || string.CompareOrdinal(p.UserId, afterUserId) > 0))
                .OrderBy(p => p.UserId, StringComparer.Ordinal)
                .Take(max),
        ]);

    /// <summary>By Teams user id, else by Entra object id, as the stores do.</summary>
    private UserProfile? Find(string id) =>
        _profiles.GetValueOrDefault(id) ??
        _profiles.Values.FirstOrDefault(p => string.Equals(p.AadObjectId, id, StringComparison.OrdinalIgnoreCase));
}
