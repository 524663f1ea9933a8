using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServiceDesk.TestKit;

public sealed partial class FakeConnector
{
    private IReadOnlyList<JsonObject> members = [];

    /// <summary>The members of every team and conversation (ids and names), for roster and member reads.</summary>
    public IReadOnlyList<(string Id, string Name)> Roster
    {
        get => [.. members.Select(m => ((string)m["id"]!, (string)m["name"]!))];
        set => members = [.. value.Select(m => new JsonObject
        {
            ["id"] = m.Id, ["name"] = m.Name, ["aadObjectId"] = Guid.NewGuid().ToString(), ["userRole"] = "user",
        })];
    }

    /// <summary>What Teams answers a successful request: the id it created or updated, and the body.</summary>
    private TeamsReply TeamsAnswer(ReceivedRequest request, int n) => (request.Method, request.Segments) switch
    {
        ("POST", ["v3", "conversations"]) when request.Conversation is { } channel =>
            new($"root-{n}", Json(new { id = $"{channel};messageid=root-{n}", activityId = $"root-{n}" })),
        ("POST", ["v3", "conversations"]) => Created("a:chat-" + FirstMember(request.Body)),
        ("POST", ["v3", "conversations", _, "activities", ..]) => Created($"act-{n}"),
        ("PUT", ["v3", "conversations", _, "activities", var activity]) => Created(activity),
        ("GET", ["v3", "conversations", _, "pagedmembers"]) => new(null, new JsonObject { ["members"] = Members() }.ToJsonString()),
        ("GET", ["v3", "conversations", _, "members", var user]) =>
            new(null, (members.FirstOrDefault(m => (string?)m["id"] == user)?.DeepClone() ?? new JsonObject { ["id"] = user }).ToJsonString()),
        ("GET", ["v3", "teams", var team]) => new(null, Json(new { id = team, name = "Service desk" })),
        ("GET", ["v3", "teams", var team, "conversations"]) => new(null, Json(new { conversations = new[] { new { id = team, name = "General" } } })),
        _ => new(null, "{}"),
    };

    private static TeamsReply Created(string id) => new(id, Json(new { id }));

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static string? FirstMember(JsonElement? body) =>
        body is { } json && json.TryGetProperty("members", out var list) && list.GetArrayLength() > 0 ? ReceivedRequest.Property(list[0], "id") : null;

    private JsonArray Members() => [.. members.Select(m => (JsonNode)m.DeepClone())];

    private sealed record TeamsReply(string? Id, string Json);
}
