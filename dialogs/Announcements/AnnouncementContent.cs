namespace ServiceDesk.Dialogs.Announcements;

/// <summary>
/// What the author writes: the affected service, the English texts and optionally the French ones, and when the
/// next update is promised. Without French texts, French readers get the English text with French labels.
/// </summary>
public sealed record AnnouncementContent(
    string Service,
    AnnouncementText English,
    AnnouncementText? French,
    DateTimeOffset? NextUpdateAt)
{
    /// <summary>The texts in <paramref name="language"/> ("fr" or "en"), English when there is no translation.</summary>
    public AnnouncementText In(string language) =>
        French is not null && language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? French : English;
}

/// <summary>The texts of one language.</summary>
public sealed record AnnouncementText(string Title, string WhatUsersSee, string Impact);

/// <summary>An update, a resolution or a withdrawal, in the order they were posted.</summary>
public sealed record AnnouncementUpdate(
    AnnouncementUpdateKind Kind,
    int Version,
    DateTimeOffset At,
    ServiceDesk.Dialogs.Tickets.TicketPerson By,
    string? Text,
    string? TextFrench,
    DateTimeOffset? NextUpdateAt)
{
    /// <summary>The text in <paramref name="language"/>, English when there is no translation.</summary>
    public string? TextIn(string language) =>
        TextFrench is not null && language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? TextFrench : Text;
}

public enum AnnouncementUpdateKind
{
    Update,
    Resolved,
    Cancelled,
}
