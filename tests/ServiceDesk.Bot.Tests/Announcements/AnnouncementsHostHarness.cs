using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using ServiceDesk.Bot.Tests.Agents;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.TestKit.Ports;

namespace ServiceDesk.Bot.Tests.Announcements;

/// <summary>
/// The real host (SQLite stores, outbox worker off so records stay readable) with two agents, the fan-out and the
/// major incident links as Moq mocks, and helpers that speak as Teams does in the agents' channel.
/// </summary>
public sealed class AnnouncementsHostHarness : IAsyncDisposable
{
    public const string Channel = "19:QueueChannelId0123456789abcdef@thread.tacv2";
    public const string Thread = Channel + ";messageid=1763630411000";
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    /// <summary>The activity of the card the invokes come from (the declare form, then the control card in its place).</summary>
    public const string CardActivity = "1763630412000";

    public static readonly TicketPerson Alex = new("29:agent-alex", null, "Alex Agent");
    public static readonly TicketPerson Sam = new("29:agent-sam", null, "Sam Agent");
    public static readonly TicketPerson Employee = new("29:employee-camille", null, "Camille Martin");

    private AnnouncementsHostHarness(FakeConnector connector, BotHostFactory factory, Mock<IAnnouncementBroadcaster> broadcaster, Mock<IMajorIncidentLinks> links)
    {
        Connector = connector;
        Factory = factory;
        Broadcaster = broadcaster;
        Links = links;
        Client = factory.CreateClient();
    }

    public Mock<IAnnouncementBroadcaster> Broadcaster { get; }

    public Mock<IMajorIncidentLinks> Links { get; }

    public FakeConnector Connector { get; }

    public BotHostFactory Factory { get; }

    public HttpClient Client { get; }

    public IAnnouncementStore Store => Factory.Services.GetRequiredService<IAnnouncementStore>();

    /// <summary>What the fan-out reports (the mock answers with the current value).</summary>
    public AnnouncementDelivery Delivery
    {
        get => delivery.Value!;
        set => delivery.Value = value;
    }

    private System.Runtime.CompilerServices.StrongBox<AnnouncementDelivery> delivery = null!;

    /// <summary>Starts the host; <paramref name="settings"/> override the defaults (outbox worker off, watch hourly).</summary>
    public static async Task<AnnouncementsHostHarness> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var connector = await FakeConnector.StartAsync();
        var counts = new System.Runtime.CompilerServices.StrongBox<AnnouncementDelivery>(new AnnouncementDelivery(1200, 8700, 12, 88));
        var broadcaster = new Mock<IAnnouncementBroadcaster>();
        broadcaster.Setup(b => b.DeliveryAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(() => counts.Value!);
        var links = new Mock<IMajorIncidentLinks>();
        links.Setup(l => l.ListLinkedAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var all = new Dictionary<string, string?> { ["Outbox:Enabled"] = "false", ["Announcements:WatchSeconds"] = "3600" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new BotHostFactory(
            all,
            services =>
            {
                services.AddSingleton<IAgentQueue>(FakeAgentQueue.InChannel(connector.BaseUrl, Channel, [Alex, Sam], Tenant));
                services.AddSingleton(broadcaster.Object);
                services.AddSingleton(links.Object);
            });
        return new AnnouncementsHostHarness(connector, factory, broadcaster, links) { delivery = counts };
    }

    /// <summary>"@Service Desk {text}" in the channel (a new post: its own thread), answered before this returns.</summary>
    public async Task<JsonObject?> MentionAsync(TicketPerson from, string text)
    {
        var before = Connector.Received.Count;
        var json = ActivityFixtures.With("channel-message-with-mention", Connector.BaseUrl, a =>
        {
            a["id"] = "1763630411000";
            a["text"] = "<at>Service Desk</at> " + text;
            a["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name };
            a["conversation"]!["id"] = Thread;
        });
        var response = await Client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Connector.Received.Skip(before).Select(r => r.Body).OfType<JsonElement>().LastOrDefault();
        return reply.ValueKind == JsonValueKind.Object ? JsonNode.Parse(reply.GetRawText())!.AsObject() : null;
    }

    /// <summary>An Action.Execute from the card <see cref="CardActivity"/> in <see cref="Thread"/>: the invoke answer's body.</summary>
    public async Task<JsonElement> InvokeAsync(TicketPerson from, string verb, JsonObject data, string locale = "en-US")
    {
        var json = ActivityFixtures.With("adaptive-card-action-invoke", Connector.BaseUrl, a =>
        {
            a["id"] = "f:" + Guid.NewGuid().ToString("N");
            a["replyToId"] = CardActivity;
            a["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name };
            a["conversation"] = new JsonObject { ["id"] = Thread, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = Tenant };
            a["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = Tenant },
                ["channel"] = new JsonObject { ["id"] = Channel },
                ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" },
            };
            a["locale"] = locale;
            a.Remove("localTimezone");
            a.Remove("entities");
            a["value"] = CardClick.Value(verb, data);
        });
        return await CardClick.PostAsync(Client, json);
    }

    /// <summary>The declare form's inputs as Teams merges them into the data, with the card's id and version.</summary>
    public static JsonObject Form(string id, int version, string title = "Email is down", string? titleFrench = null) => new()
    {
        ["announcement"] = id,
        ["version"] = version,
        ["service"] = "Exchange Online",
        ["title"] = title,
        ["whatUsersSee"] = "Outlook shows 'Disconnected' and mail does not arrive.",
        ["impact"] = "Nobody can send or receive email.",
        ["nextUpdateMinutes"] = "60",
        ["titleFr"] = titleFrench ?? string.Empty,
        ["whatUsersSeeFr"] = titleFrench is null ? string.Empty : "Outlook affiche « Déconnecté ».",
        ["impactFr"] = titleFrench is null ? string.Empty : "Personne ne peut envoyer de courriel.",
    };

    /// <summary>The id and version the declare card's Publish button carries.</summary>
    public static (string Id, int Version) Identity(JsonNode card)
    {
        var data = card["actions"]!.AsArray().Single(a => (string?)a!["verb"] == "announcement.publish")!["data"]!;
        return ((string)data["announcement"]!, (int)data["version"]!);
    }

    /// <summary>The card of an invoke answer (fails when the answer is a message).</summary>
    public static JsonObject Card(JsonElement answer)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer.GetProperty("type").GetString());
        return JsonNode.Parse(answer.GetProperty("value").GetRawText())!.AsObject();
    }

    /// <summary>Waits until the fake connector has received a request matching <paramref name="match"/>.</summary>
    public async Task<FakeConnector.ReceivedRequest> WaitForRequestAsync(Func<FakeConnector.ReceivedRequest, bool> match)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        while (true)
        {
            var received = Connector.Received;
            if (received.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            var left = deadline - DateTimeOffset.UtcNow;
            Assert.True(left > TimeSpan.Zero, "The expected request did not reach the fake connector in time.");
            try
            {
                await Connector.WaitForAsync(received.Count + 1, left);
            }
            catch (TimeoutException)
            {
                // Checked once more above, then the deadline fails the test.
            }
        }
    }

    public static string Message(JsonElement answer)
    {
        Assert.Equal("application/vnd.microsoft.activity.message", answer.GetProperty("type").GetString());
        return answer.GetProperty("value").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
