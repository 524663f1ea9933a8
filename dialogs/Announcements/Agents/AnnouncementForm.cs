using System.Text.Json;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Announcements.Agents;

/// <summary>What the declare form and the control card's forms sent (untrusted data: every field may be missing or odd).</summary>
internal static class AnnouncementForm
{
    /// <summary>The announcement's id and the version the card showed, or null when the card does not carry them.</summary>
    public static (string Id, int Version)? Identity(JsonElement data)
    {
        var id = CardForm.Field(data, AnnouncementVerbs.IdField).Text;
        var version = CardForm.Number(data, AnnouncementVerbs.VersionField);
        return string.IsNullOrWhiteSpace(id) || id.Length > 40 || version is not (> 0 and < int.MaxValue) ? null : (id, (int)version.Value);
    }

    /// <summary>The content typed in the declare form; French texts only when at least one of them is filled in.</summary>
    public static AnnouncementContent Content(JsonElement data, DateTimeOffset now)
    {
        string Text(string field) => CardForm.Field(data, field).Text ?? string.Empty;
        var french = new AnnouncementText(Text(AnnouncementVerbs.TitleFrenchInput), Text(AnnouncementVerbs.WhatUsersSeeFrenchInput), Text(AnnouncementVerbs.ImpactFrenchInput));
        var hasFrench = french.Title.Length + french.WhatUsersSee.Length + french.Impact.Length > 0;
        return new AnnouncementContent(
            Text(AnnouncementVerbs.ServiceInput),
            new AnnouncementText(Text(AnnouncementVerbs.TitleInput), Text(AnnouncementVerbs.WhatUsersSeeInput), Text(AnnouncementVerbs.ImpactInput)),
            hasFrench ? french : null,
            NextUpdateAt(data, now));
    }

    /// <summary>"Next update" in minutes from now, one of the card's choices (anything else: the default hour).</summary>
    public static int NextUpdateMinutes(JsonElement data)
    {
        var minutes = CardForm.Number(data, AnnouncementVerbs.NextUpdateInput);
        return minutes is { } m && AnnouncementVerbs.NextUpdateMinutes.Contains((int)Math.Clamp(m, -1, 10_000)) ? (int)m : 60;
    }

    public static DateTimeOffset? NextUpdateAt(JsonElement data, DateTimeOffset now) =>
        NextUpdateMinutes(data) is var m and > 0 ? now.AddMinutes(m) : null;

    /// <summary>The audience chosen (everyone when absent or unknown) and the name it needs, trimmed.</summary>
    public static (AnnouncementAudience Audience, string? Value) Audience(JsonElement data)
    {
        var chosen = CardForm.Field(data, AnnouncementVerbs.AudienceInput).Text;
        var audience = Enum.TryParse<AnnouncementAudience>(chosen, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(chosen, out _)
            ? parsed
            : AnnouncementAudience.Everyone;
        var value = CardForm.Field(data, AnnouncementVerbs.AudienceValueInput).Text?.Trim();
        return (audience, string.IsNullOrEmpty(value) ? null : value.Length > Audiences.AnnouncementAudiences.ValueMax ? value[..Audiences.AnnouncementAudiences.ValueMax] : value);
    }

    /// <summary>A text input; null when empty.</summary>
    public static string? Optional(JsonElement data, string field) =>
        CardForm.Field(data, field).Text is { Length: > 0 } text ? text : null;

    /// <summary>The ticket a declare card came from (linked on publish); null when absent or not a ticket number.</summary>
    public static TicketNumber? Ticket(JsonElement data, string field = AnnouncementVerbs.TicketField) =>
        TicketNumber.TryParse(CardForm.Field(data, field).Text, out var number) ? number : null;
}
