using System.Text.Json.Nodes;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>Recorded Teams activities (Fixtures/Activities), optionally pointed at a fake connector.</summary>
public static class ActivityFixtures
{
    public static string Read(string name)
        => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Activities", name + ".json"));

    public static JsonObject Load(string name) => JsonNode.Parse(Read(name))!.AsObject();

    /// <summary>The fixture as JSON with its serviceUrl (and any other top-level field) replaced.</summary>
    public static string With(string name, string serviceUrl, Action<JsonObject>? edit = null)
    {
        var activity = Load(name);
        activity["serviceUrl"] = serviceUrl;
        edit?.Invoke(activity);
        return activity.ToJsonString();
    }
}
