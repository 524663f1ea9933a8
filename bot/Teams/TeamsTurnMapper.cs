using System.Text.Json;
using ServiceDesk.Bot.Protocol;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Teams;

/// <summary>
/// Maps a Teams activity to a protocol-neutral <see cref="Turn"/>: mention stripped, conversation kind,
/// tenant/team/channel from channelData, card actions as verb + data. Returns null for activities
/// the service desk ignores (typing, reactions, unknown types, invokes other than card actions).
/// </summary>
internal static class TeamsTurnMapper
{
    public const string CardActionInvoke = "adaptiveCard/action";
    public const string DefaultLocale = "en-US";

    public static Turn? Map(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var kind = KindOf(activity, out var action);
        if (kind is null || activity.From?.Id is null || activity.Conversation?.Id is null || activity.ServiceUrl is null)
        {
            return null;
        }

        var text = kind == TurnKind.Message ? StripBotMention(activity) : null;
        return new Turn(
            kind.Value,
            activity.Id ?? string.Empty,
            new Person(activity.From.Id, activity.From.AadObjectId, activity.From.Name),
            ReferenceOf(activity),
            LocaleOf(activity),
            TimeZoneOf(activity),
            text,
            action,
            activity.Timestamp ?? DateTimeOffset.UtcNow) { ReplyToId = activity.ReplyToId };
    }

    public static ConversationReference ReferenceOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var data = activity.ChannelData is { ValueKind: JsonValueKind.Object } d ? d : (JsonElement?)null;
        return new ConversationReference(
            activity.ServiceUrl ?? string.Empty,
            activity.Conversation?.Id ?? string.Empty,
            TeamsTenant.Of(activity),
            activity.ChannelId ?? "msteams",
            ConversationKindOf(activity.Conversation),
            activity.Recipient?.Id ?? string.Empty,
            IdAt(data, "team"),
            IdAt(data, "channel"));
    }

    /// <summary>Removes the bot's own @mention (entity text whose mentioned.id is the recipient), then trims.</summary>
    public static string StripBotMention(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        foreach (var entity in activity.Entities ?? [])
        {
            if (string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)
                && entity.Mentioned?.Id is { } id && id == activity.Recipient?.Id
                && !string.IsNullOrEmpty(entity.Text))
            {
                text = text.Replace(entity.Text, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }
        return text.Trim();
    }

    private static TurnKind? KindOf(Activity activity, out CardAction? action)
    {
        action = null;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                action = SubmitActionOf(activity);
                return action is null ? TurnKind.Message : TurnKind.CardAction;
            case ActivityTypes.Invoke when activity.Name == CardActionInvoke:
                action = ExecuteActionOf(activity);
                return TurnKind.CardAction;
            // Teams sends both an installationUpdate and a conversationUpdate (bot in membersAdded) on install:
            // only the first is the install turn, so the person is welcomed once. An upgrade is not an install.
            case ActivityTypes.InstallationUpdate:
                return activity.Action switch
                {
                    "add" => TurnKind.Installed,
                    "remove" => TurnKind.Uninstalled,
                    _ => TurnKind.Other,
                };
            case ActivityTypes.ConversationUpdate:
                return TurnKind.Other;
            default:
                return null;
        }
    }

    /// <summary>Action.Submit: a message with no text and a value object that carries the verb.</summary>
    private static CardAction? SubmitActionOf(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Text) || activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }
        var verb = value.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return new CardAction(verb ?? string.Empty, value.Clone(), IsInvoke: false);
    }

    /// <summary>Action.Execute: invoke value {action:{type, verb, data}}; a malformed value gives an empty verb.</summary>
    private static CardAction ExecuteActionOf(Activity activity)
    {
        if (activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("action", out var a) && a.ValueKind == JsonValueKind.Object)
        {
            var verb = a.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var data = a.TryGetProperty("data", out var d) ? d.Clone() : default;
            return new CardAction(verb ?? string.Empty, data, IsInvoke: true);
        }
        return new CardAction(string.Empty, default, IsInvoke: true);
    }

    private static ConversationKind ConversationKindOf(ConversationAccount? conversation) => conversation?.ConversationType switch
    {
        "channel" => ConversationKind.Channel,
        "groupChat" => ConversationKind.GroupChat,
        "personal" => ConversationKind.Personal,
        _ => conversation?.IsGroup == true ? ConversationKind.GroupChat : ConversationKind.Personal,
    };

    private static string LocaleOf(Activity activity)
        => NonEmpty(activity.Locale) ?? NonEmpty(ClientInfo(activity)?.Locale) ?? DefaultLocale;

    private static string? TimeZoneOf(Activity activity)
        => NonEmpty(activity.LocalTimezone) ?? NonEmpty(ClientInfo(activity)?.Timezone);

    private static Entity? ClientInfo(Activity activity)
        => activity.Entities?.Find(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase));

    private static string? IdAt(JsonElement? data, string property)
        => data is { } d && d.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.Object
           && p.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
