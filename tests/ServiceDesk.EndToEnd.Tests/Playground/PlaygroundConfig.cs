using System.Text.Json.Nodes;

namespace ServiceDesk.EndToEnd.Tests.Playground;

/// <summary>The mock tenant the Playground made up at start (the personal chat id changes at every start).</summary>
internal sealed record PlaygroundConfig(
    string PersonalChatId, string CurrentUserId, string BotId, string TeamId, string GeneralChannelId, string Locale)
{
    public string BotName { get; init; } = string.Empty;

    public string TenantId { get; init; } = string.Empty;

    /// <summary>Every mock user, the signed-in one included, by id.</summary>
    public IReadOnlyDictionary<string, PlaygroundUser> Users { get; init; } = new Dictionary<string, PlaygroundUser>();

    public static PlaygroundConfig From(JsonNode body)
    {
        var config = body["config"]!;
        var team = config["teams"]![0]!;
        var users = new[] { config["currentUser"] }.Concat(config["users"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(u => new PlaygroundUser((string)u["id"]!, (string?)u["name"] ?? string.Empty, (string?)u["aadObjectId"] ?? string.Empty))
            .ToDictionary(u => u.Id);
        return new PlaygroundConfig(
            PersonalChatId: (string)config["personalChat"]!["id"]!,
            CurrentUserId: (string)config["currentUser"]!["id"]!,
            BotId: (string)config["bot"]!["id"]!,
            TeamId: (string)team["id"]!,
            GeneralChannelId: (string)team["channels"]![0]!["id"]!,
            Locale: (string?)body["internalConfig"]?["locale"] ?? "en-US")
        {
            BotName = (string?)config["bot"]!["name"] ?? string.Empty,
            TenantId = (string?)config["tenantId"] ?? string.Empty,
            Users = users,
        };
    }
}

/// <summary>A mock user of the Playground (<c>user-id-0</c> … <c>user-id-5</c>).</summary>
internal sealed record PlaygroundUser(string Id, string Name, string AadObjectId);
