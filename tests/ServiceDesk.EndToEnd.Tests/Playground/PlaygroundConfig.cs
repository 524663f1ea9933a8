using System.Text.Json.Nodes;

namespace ServiceDesk.EndToEnd.Tests.Playground;

/// <summary>The mock tenant the Playground made up at start (the personal chat id changes at every start).</summary>
internal sealed record PlaygroundConfig(
    string PersonalChatId, string CurrentUserId, string BotId, string TeamId, string GeneralChannelId, string Locale)
{
    public static PlaygroundConfig From(JsonNode body)
    {
        var config = body["config"]!;
        var team = config["teams"]![0]!;
        return new PlaygroundConfig(
            PersonalChatId: (string)config["personalChat"]!["id"]!,
            CurrentUserId: (string)config["currentUser"]!["id"]!,
            BotId: (string)config["bot"]!["id"]!,
            TeamId: (string)team["id"]!,
            GeneralChannelId: (string)team["channels"]![0]!["id"]!,
            Locale: (string?)body["internalConfig"]?["locale"] ?? "en-US");
    }
}
