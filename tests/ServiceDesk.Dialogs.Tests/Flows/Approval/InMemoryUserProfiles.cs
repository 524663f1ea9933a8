using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Dialogs.Tests.Flows.Approval;

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
}
