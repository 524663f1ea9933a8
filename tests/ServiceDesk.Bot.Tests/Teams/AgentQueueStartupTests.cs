using ServiceDesk.Bot.Tests.Support;

namespace ServiceDesk.Bot.Tests.Teams;

/// <summary>A bad <c>Agents</c> setting stops the bot at start, with a message naming it.</summary>
public sealed class AgentQueueStartupTests
{
    [Theory]
    [InlineData("Agents:Queues:0:ServiceUrl", "not a url", "Agents:Queues:0: ServiceUrl")]
    [InlineData("Agents:FallbackChannel:ServiceUrl", "https://smba.example/", "Agents:FallbackChannel: TeamId")]
    [InlineData("Agents:RosterRefreshMinutes", "0", "Agents:RosterRefreshMinutes")]
    public void A_bad_agents_setting_stops_the_bot_naming_it(string key, string value, string expected)
    {
        using var factory = new BotHostFactory(new Dictionary<string, string?>
        {
            [key] = value,
            ["Agents:Queues:0:TeamId"] = "19:team@thread.tacv2",
            ["Agents:Queues:0:ChannelId"] = "19:team@thread.tacv2",
            ["Agents:Queues:0:ServiceUrl"] = key == "Agents:Queues:0:ServiceUrl" ? value : "https://smba.example/",
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }
}
