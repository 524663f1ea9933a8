using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Tests.Connector;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Agents;

namespace ServiceDesk.Bot.Tests.Teams;

/// <summary>
/// Setting up the agents' queue through <c>POST /api/messages</c> on the real host: the bot is installed in a team, posts
/// the setup card there, and a click on it is checked against the team's roster (read from the loopback connector).
/// </summary>
public sealed class QueueSetupHostTests : IAsyncLifetime
{
    private const string TeamId = "19:service-desk-general@thread.tacv2";
    private const string ChannelId = "19:tickets@thread.tacv2";
    private const string Owner = "29:owner-ana";
    private const string Member = "29:member-bob";
    private const string Administrator = "29:administrator-zoe";

    private readonly TeamRosters rosters = new();
    private FakeConnector connector = null!;
    private BotHostFactory factory = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        connector.Fallback = rosters.ServeAsync;
        // Teams often leaves userRole unset; here only Ana is marked owner. Zoe is a configured administrator.
        rosters.Members(TeamId, (Owner, "aad-ana", "Ana Owner", "owner"), (Member, "aad-bob", "Bob Member", "user"), (Administrator, null, "Zoe Admin", null));
        factory = new BotHostFactory(new Dictionary<string, string?> { ["Agents:Administrators:0"] = Administrator });
        client = factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Installed_in_a_team_the_bot_posts_the_setup_card_in_that_channel()
    {
        var response = await PostAsync(InTeam("installation-update-add", Owner, a => a["locale"] = "fr-FR"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(connector.Requests, r => r.Method == "POST");
        Assert.StartsWith("/v3/conversations/" + Uri.EscapeDataString(ChannelId) + "/activities/", reply.RawTarget, StringComparison.Ordinal);
        Assert.Contains("Utiliser ce canal pour les tickets", reply.Body, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"queue.use\"", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_owner_clicks_and_the_channel_becomes_the_queue_for_that_category()
    {
        var answer = await ClickAsync(Owner, "network-vpn");

        Assert.Contains("This channel receives tickets", answer, StringComparison.Ordinal);
        Assert.Contains("Incidents: Network and VPN: new tickets start a thread in this channel. Chosen by Ana Owner.", answer, StringComparison.Ordinal);
        var queue = await Queue.ForCategoryAsync("network-vpn", default);
        Assert.Equal((ChannelId, TeamId, "network-vpn"), (queue!.Channel.ConversationId, queue.Channel.TeamId, queue.Category));
        Assert.Null(await Queue.ForCategoryAsync("email", default));
        Assert.True(await Queue.IsAgentAsync(new(Member, null, null), default));
    }

    [Fact]
    public async Task A_member_who_is_not_an_owner_is_refused_and_nothing_changes()
    {
        var answer = await ClickAsync(Member, "all");

        Assert.Contains("Only an owner of this team or a service desk administrator can choose", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("This channel receives tickets", answer, StringComparison.Ordinal);
        Assert.Null(await Queue.ForCategoryAsync("email", default));
    }

    [Fact]
    public async Task A_configured_administrator_is_accepted_although_teams_does_not_mark_them_owner()
    {
        var answer = await ClickAsync(Administrator, "all");

        Assert.Contains("All tickets: new tickets start a thread in this channel. Chosen by Zoe Admin.", answer, StringComparison.Ordinal);
        Assert.Equal(ChannelId, (await Queue.ForCategoryAsync("email", default))!.Channel.ConversationId);
    }

    private IAgentQueue Queue => factory.Services.GetRequiredService<IAgentQueue>();

    /// <summary>Action.Execute on the setup card in the channel (in the card's thread); returns the invoke answer's body.</summary>
    private async Task<string> ClickAsync(string userId, string category)
    {
        var json = InTeam("adaptive-card-action-invoke", userId, a =>
        {
            a["locale"] = "en-US";
            a["conversation"]!["id"] = ChannelId + ";messageid=1763630000000";
            a["value"]!["action"]!["verb"] = "queue.use";
            a["value"]!["action"]!["data"] = new JsonObject { ["verb"] = "queue.use", ["category"] = category };
        });
        var response = await PostAsync(json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A recorded activity moved into the team's channel, from <paramref name="userId"/>.</summary>
    private string InTeam(string fixture, string userId, Action<JsonObject> edit) =>
        ActivityFixtures.With(fixture, connector.ServiceUrl, a =>
        {
            a["id"] = Guid.NewGuid().ToString("N");
            a["from"] = new JsonObject { ["id"] = userId, ["name"] = userId == Administrator ? "Zoe Admin" : userId == Owner ? "Ana Owner" : "Bob Member" };
            a["conversation"] = new JsonObject
            {
                ["conversationType"] = "channel", ["isGroup"] = true, ["id"] = ChannelId, ["tenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
            };
            a["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = "72f988bf-86f1-41af-91ab-2d7cd011db47" },
                ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = "Service desk" },
                ["channel"] = new JsonObject { ["id"] = ChannelId, ["name"] = "Tickets" },
            };
            edit(a);
        });

    private Task<HttpResponseMessage> PostAsync(string json) =>
        client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
}
