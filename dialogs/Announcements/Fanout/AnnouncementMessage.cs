using System.Text.Json.Nodes;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Localization;

namespace ServiceDesk.Dialogs.Announcements.Fanout;

/// <summary>The outbox payload of an announcement card in one reader's language and time zone.</summary>
internal static class AnnouncementMessage
{
    public static string Json(Announcement announcement, string? locale, string? timeZone)
    {
        var texts = Texts.For(locale);
        var zone = !string.IsNullOrWhiteSpace(timeZone) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        return OutboxMessage.Json(string.IsNullOrWhiteSpace(locale) ? texts.Language : locale, null, AnnouncementCard.Build(announcement, texts, zone));
    }

    /// <summary>The locale a payload was written for (a channel post keeps the channel's).</summary>
    public static string? Locale(string payload)
    {
        try
        {
            return JsonNode.Parse(payload)?["locale"]?.GetValue<string>();
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
