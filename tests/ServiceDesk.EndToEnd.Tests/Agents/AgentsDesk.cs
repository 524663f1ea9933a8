using ServiceDesk.EndToEnd.Tests.Support;

namespace ServiceDesk.EndToEnd.Tests.Agents;

/// <summary>
/// The bot and the Playground for the agents' side. The Playground's roster gives every member <c>userRole</c> "user"
/// (no team owner), so Megan Bowen (user-id-1) is made a service desk administrator: she may choose the queue channel
/// from the setup card. The outbox is polled more often than in production so the test waits less.
/// </summary>
public sealed class AgentsDesk : IAsyncLifetime
{
    public const string Administrator = "user-id-1";

    public BotAndPlayground Processes { get; } = new(new Dictionary<string, string?>
    {
        ["Agents__Administrators__0"] = Administrator,
        ["Outbox__PollIntervalMilliseconds"] = "200",
    });

    public Task InitializeAsync() => Processes.InitializeAsync();

    public Task DisposeAsync() => Processes.DisposeAsync();
}
