using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Tests.Agents;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Turns;
using static ServiceDesk.Bot.Tests.Announcements.AnnouncementsHostHarness;
using ServiceDesk.TestKit.Ports;

namespace ServiceDesk.Bot.Tests.Announcements;

/// <summary>
/// Needs the real fan-out (fanout6) and links (employees6) merged: an agent publishes, the employee who talked to the
/// bot gets the card in French, the control card counts the delivery (watch + outbox), and the resolution edits the
/// employee's card in place.
/// </summary>
public sealed class AnnouncementIntegrationHostTests
{
    [Fact]
    public async Task Publish_ReachesAnEmployee_TheControlCardCountsIt_AndResolveEditsTheirCard()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var factory = new BotHostFactory(new Dictionary<string, string?> { ["Announcements:WatchSeconds"] = "1" },
            s => s.AddSingleton<IAgentQueue>(FakeAgentQueue.InChannel(connector.BaseUrl, Channel, [Alex, Sam], Tenant)));
        using var client = factory.CreateClient();
        var hello = ActivityFixtures.With("personal-message", connector.BaseUrl, a => { a["text"] = "hello"; a["locale"] = "fr-FR"; });
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/messages", new StringContent(hello, Encoding.UTF8, "application/json"))).StatusCode);

        var mention = ActivityFixtures.With("channel-message-with-mention", connector.BaseUrl, a =>
        {
            a["text"] = "<at>Service Desk</at> outage";
            a["from"] = new JsonObject { ["id"] = Alex.Id, ["name"] = Alex.Name };
            a["conversation"]!["id"] = AnnouncementsHostHarness.Thread;
        });
        await client.PostAsync("/api/messages", new StringContent(mention, Encoding.UTF8, "application/json"));
        var store = factory.Services.GetRequiredService<IAnnouncementStore>();
        var draft = (await store.GetAsync("MAJ-000001", default))!;
        var invoke = ActivityFixtures.With("adaptive-card-action-invoke", connector.BaseUrl, a =>
        {
            a["replyToId"] = CardActivity;
            a["from"] = new JsonObject { ["id"] = Alex.Id, ["name"] = Alex.Name };
            a["conversation"] = new JsonObject { ["id"] = AnnouncementsHostHarness.Thread, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = Tenant };
            a["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant }, ["channel"] = new JsonObject { ["id"] = Channel }, ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" } };
            a["locale"] = "en-US";
            a["value"] = CardClick.Value("announcement.publish", Form(draft.Id, draft.Version, titleFrench: "Messagerie en panne"));
        });
        var answer = (await CardClick.PostAsync(client, invoke)).GetRawText();
        Assert.Contains("announcement.resolve", answer, StringComparison.Ordinal);

        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (DateTimeOffset.UtcNow < deadline)
        {
            var got = connector.Received.ToList();
            var oneToOne = got.Any(r => r.Method == "POST" && r.Body?.GetRawText().Contains("Messagerie en panne", StringComparison.Ordinal) == true);
            var counted = got.Any(r => r.Method == "PUT" && r.Path.EndsWith(CardActivity, StringComparison.Ordinal) && r.Body?.GetRawText().Contains("\"title\":\"Delivered\",\"value\":\"1\"", StringComparison.Ordinal) == true);
            if (oneToOne && counted)
            {
                break;
            }

            try { await connector.WaitForAsync(got.Count + 1, TimeSpan.FromSeconds(2)); } catch (TimeoutException) { }
        }

        var published = (await store.GetAsync(draft.Id, default))!;
        var resolve = invoke.Replace("announcement.publish", "announcement.resolve", StringComparison.Ordinal);
        var node = JsonNode.Parse(resolve)!;
        node["value"]!["action"]!["data"] = new JsonObject { ["announcement"] = draft.Id, ["version"] = published.Version, ["resolution"] = "Fixed." };
        node["id"] = "f:resolve";
        await client.PostAsync("/api/messages", new StringContent(node.ToJsonString(), Encoding.UTF8, "application/json"));
        deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (DateTimeOffset.UtcNow < deadline)
        {
            var got = connector.Received.ToList();
            if (got.Any(r => r.Method == "PUT" && r.Path.Contains("a:", StringComparison.Ordinal) && r.Body?.GetRawText().Contains("Fixed.", StringComparison.Ordinal) == true))
            {
                return;
            }

            try { await connector.WaitForAsync(got.Count + 1, TimeSpan.FromSeconds(2)); } catch (TimeoutException) { }
        }

        Assert.Fail(string.Join("\n", connector.Received.Select(r => r.Method + " " + r.Path + " " + r.Body?.GetRawText()[..Math.Min(400, r.Body?.GetRawText().Length ?? 0)])));
    }
}
