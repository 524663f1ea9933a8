using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServiceDesk.TestKit;

/// <summary>
/// A click on an Adaptive Card's Action.Execute button as Teams sends it: an <c>adaptiveCard/action</c> invoke whose
/// value carries the button's verb and data, posted to the bot's endpoint and answered 200 with the invoke response.
/// </summary>
public static class CardClick
{
    /// <summary>The invoke's value for a click on the button with <paramref name="verb"/> and <paramref name="data"/>.</summary>
    public static JsonObject Value(string? verb, JsonNode data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() },
            ["trigger"] = "manual",
        };
    }

    /// <summary>The invoke's value for a button whose data names its own verb, as our cards' buttons do.</summary>
    public static JsonObject Value(JsonObject data) => Value((string?)data?["verb"], data!);

    /// <summary>Posts the invoke to <c>/api/messages</c>; the invoke response's body. Any status but 200 throws.</summary>
    public static async Task<JsonElement> PostAsync(HttpClient client, string invokeJson)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(invokeJson, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The click was answered {(int)response.StatusCode}: {body}");
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
