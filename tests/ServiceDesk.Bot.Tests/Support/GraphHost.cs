using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Infra.Graph;
using ServiceDesk.Infra.Tests.Graph;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>
/// The real host with Microsoft Graph on against the fake Graph on loopback (the real GraphServiceClient, its
/// resilience and cache; a fake credential), a fake connector, and the outbox off: the tests read the records the
/// turns write. <paramref name="settings"/> add to or override the Graph settings.
/// </summary>
internal sealed class GraphHost(IReadOnlyDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    public FakeConnector Connector { get; private set; } = null!;

    public FakeGraph Graph { get; private set; } = null!;

    public BotHostFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public T Get<T>()
        where T : notnull => Factory.Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Graph = await FakeGraph.StartAsync();
        var all = new Dictionary<string, string?>
        {
            ["Graph:Enabled"] = "true",
            ["Graph:BaseUrl"] = Graph.BaseUrl,
            ["Graph:TenantId"] = TenantId,
            ["Graph:ClientId"] = "00000000-0000-0000-0000-00000000000b",
            ["Graph:ClientSecret"] = "not-a-secret",
            ["Outbox:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        Factory = new BotHostFactory(all, services => services.AddSingleton(new GraphCredential(new FakeGraphCredential())));
        Client = Factory.CreateClient();
    }

    /// <summary>The recorded employee's message <paramref name="text"/> in their 1:1 chat, in English.</summary>
    public Task<HttpResponseMessage> MessageAsync(string text)
    {
        var json = ActivityFixtures.With("personal-message", Connector.BaseUrl, a =>
        {
            a["text"] = text;
            a["id"] = Guid.NewGuid().ToString("N");
            a["locale"] = "en-US";
        });
        return Client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
    }

    /// <summary>
    /// A click on a card's Action.Execute with <paramref name="data"/>, by the user Teams names by their Teams id and
    /// Entra object id, in <paramref name="conversationId"/>: the invoke's answer (200 expected).
    /// </summary>
    public async Task<JsonElement> InvokeAsync(string userId, string objectId, string name, string conversationId, JsonObject data)
    {
        var json = ActivityFixtures.With("adaptive-card-action-invoke", Connector.BaseUrl, a =>
        {
            a["id"] = "f:" + Guid.NewGuid().ToString("N");
            a["from"] = new JsonObject { ["id"] = userId, ["name"] = name, ["aadObjectId"] = objectId };
            a["conversation"]!["id"] = conversationId;
            a["locale"] = "en-US";
            a["value"] = CardClick.Value(data);
        });
        return await CardClick.PostAsync(Client, json);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Graph.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
