using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.TestKit.Ports;

/// <summary>User profiles in memory.</summary>
internal sealed class InMemoryUserProfiles : IUserProfileStore
{
    private readonly Dictionary<string, UserProfile> _profiles = [];

    public Task<UserProfile?> GetAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult(_profiles.GetValueOrDefault(userId));

    public Task SaveAsync(UserProfile profile, CancellationToken cancellationToken)
    {
        _profiles[profile.UserId] = profile;
        return Task.CompletedTask;
    }

    public Task MarkConversationStaleAsync(string userId, CancellationToken cancellationToken)
    {
        if (_profiles.TryGetValue(userId, out var profile))
        {
            _profiles[userId] = profile with { ConversationStale = true };
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
}
