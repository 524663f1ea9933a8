using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ServiceDesk.EndToEnd.Tests.Support;
using ServiceDesk.Infra.Tests.LanguageModel;

namespace ServiceDesk.EndToEnd.Tests.LanguageModel;

/// <summary>
/// The bot and the Playground as processes, the bot's language model pointed at a fake OpenAI-compatible server on
/// loopback (started first, so its address is known), and the read-only API on, to see what the bot has written.
/// Megan Bowen is a service desk administrator (she may choose the queue channel) and the outbox is polled often, as
/// in the agents' end-to-end tests.
/// </summary>
public sealed class ModelDesk : IAsyncLifetime
{
    public const string Administrator = "user-id-1";

    private const string ApiKey = "end-to-end-api-key-0123456789abcdef";
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    internal FakeOpenAI Model { get; private set; } = null!;

    public BotAndPlayground Processes { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Model = await FakeOpenAI.StartAsync();
        Processes = new BotAndPlayground(new Dictionary<string, string?>
        {
            ["LanguageModel__Provider"] = "OpenAICompatible",
            ["LanguageModel__Endpoint"] = Model.Endpoint.ToString(),
            ["LanguageModel__ChatModel"] = "fake-chat",
            ["LanguageModel__TimeoutMs"] = "5000",
            ["Api__Keys__0"] = ApiKey,
            ["Agents__Administrators__0"] = Administrator,
            ["Outbox__PollIntervalMilliseconds"] = "200",
        });
        await Processes.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Processes.DisposeAsync();
        await Model.DisposeAsync();
        _http.Dispose();
    }

    /// <summary>The numbers of every ticket in the store, through the read-only API.</summary>
    public async Task<IReadOnlyList<string>> TicketNumbersAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Processes.BotUrl}/api/tickets?pageSize=100");
        request.Headers.Add("X-Api-Key", ApiKey);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync<JsonObject>();
        return [.. page!["tickets"]!.AsArray().Select(t => t!["number"]!.GetValue<string>())];
    }
}
