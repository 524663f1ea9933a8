using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ServiceDesk.EndToEnd.Tests.Playground;

/// <summary>
/// The Playground's own HTTP API, the one its web page uses: what a person does in the Teams client,
/// done from a test. What the bot sends back arrives on <see cref="PlaygroundStream"/>.
/// </summary>
public sealed class PlaygroundClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    internal async Task<PlaygroundConfig> GetConfigAsync(CancellationToken cancellationToken) =>
        PlaygroundConfig.From(await GetJsonAsync("_internal/v1/config", cancellationToken));

    /// <summary>A person types <paramref name="text"/> in a conversation (the Playground's locale, en-US).</summary>
    internal async Task SendMessageAsync(string conversationId, string fromUserId, string text, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["from"] = new JsonObject { ["id"] = fromUserId }, ["text"] = text, ["textFormat"] = "plain" };
        await PostAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body, cancellationToken);
    }

    /// <summary>
    /// One of the Playground's activity templates (install, uninstall, botAdded, userAdded, ...) for a conversation,
    /// filled with its mock ids and service URL; change it and send it with <see cref="SendCustomActivityAsync"/>.
    /// </summary>
    internal async Task<JsonObject> GetActivityTemplateAsync(string conversationId, string type, CancellationToken cancellationToken) =>
        (JsonObject)await GetJsonAsync(
            $"_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(conversationId)}&type={Uri.EscapeDataString(type)}",
            cancellationToken);

    /// <summary>Sends any activity to the bot as is (the Playground answers before the bot has handled it).</summary>
    internal Task SendCustomActivityAsync(JsonObject activity, CancellationToken cancellationToken) =>
        PostAsync("_internal/v1/customActivities", activity, cancellationToken);

    /// <summary>Clicks an Action.Execute button: <c>{name:"adaptiveCard/action", value, from, conversation, replyToId}</c>.</summary>
    internal async Task<JsonNode?> InvokeAsync(JsonObject invoke, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync("_conversation/v1/invoke", invoke, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken);
    }

    /// <summary>Clicks an Action.Submit button.</summary>
    internal Task SubmitAsync(JsonObject submit, CancellationToken cancellationToken) =>
        PostAsync("_conversation/v1/submit", submit, cancellationToken);

    public void Dispose() => _http.Dispose();

    private async Task<JsonNode> GetJsonAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(path, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken))!;
    }

    private async Task PostAsync(string path, JsonNode body, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(path, body, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException(
                $"Playground {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {detail}");
        }
    }
}
