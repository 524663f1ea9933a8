using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Tests.Agents;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.TestKit.Ports;

namespace ServiceDesk.Bot.Tests.Api;

/// <summary><c>@bot stats</c> in the agents' channel through the real host: the metrics card in the agent's language; non-agents refused.</summary>
public sealed class StatsHostTests : IAsyncLifetime
{
    private const string Channel = "19:QueueChannelId0123456789abcdef@thread.tacv2";
    private static readonly TicketPerson Agent = new("29:agent-stats", null, "Agent Stats");

    private FakeConnector _connector = null!;
    private BotHostFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _factory = new BotHostFactory(
            new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" },
            services => services.AddSingleton<IAgentQueue>(FakeAgentQueue.InChannel(_connector.BaseUrl, Channel, [Agent])));
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [InlineData("en-US", "stats 7", "Service desk, last 7 days")]
    [InlineData("fr-FR", "stats", "Centre de services, 30 derniers jours")]
    public async Task An_agent_asking_for_stats_gets_the_metrics_card(string locale, string command, string title)
    {
        await PostAsync(Agent.Id, locale, command);

        var received = await _connector.WaitForAsync(1);
        Assert.Contains(received, r => r.Body?.GetRawText().Contains(title, StringComparison.Ordinal) == true
            && r.Body.Value.GetRawText().Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Someone_who_is_not_an_agent_gets_no_stats()
    {
        await PostAsync("29:not-an-agent", "en-US", "stats");

        var received = await _connector.WaitForAsync(1);
        Assert.DoesNotContain(received, r => r.Body?.GetRawText().Contains("Service desk, last", StringComparison.Ordinal) == true);
    }

    private async Task PostAsync(string from, string locale, string text)
    {
        var json = ActivityFixtures.With("channel-message-with-mention", _connector.BaseUrl, a =>
        {
            a["text"] = "<at>Service Desk</at> " + text;
            a["from"] = new JsonObject { ["id"] = from, ["name"] = "Someone" };
            a["locale"] = locale;
            a["conversation"]!["id"] = Channel;
        });
        var response = await _client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
