using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Announcements;

/// <summary>
/// An outage announcement (major incident): what employees read in the announcements channel and their 1:1 chat.
/// <see cref="Version"/> grows with every change that employees must see (publish, update, resolve, cancel), so a
/// delivered card can be compared with the latest. <see cref="Counts"/> are filled by the store when read.
/// </summary>
public sealed record Announcement(
    string Id,
    AnnouncementContent Content,
    AnnouncementStatus Status,
    int Version,
    TicketPerson Author,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<AnnouncementUpdate> Updates)
{
    public AnnouncementAudience Audience { get; init; } = AnnouncementAudience.Everyone;

    /// <summary>The department or office as the directory spells it, or the Entra group's object id; null for everyone.</summary>
    public string? AudienceValue { get; init; }

    /// <summary>How the audience reads on the cards: the group's display name, else the value.</summary>
    public string? AudienceName { get; init; }

    /// <summary>How many people the directory counted in the audience when it was last previewed or published.</summary>
    public int? AudienceSize { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>When it was resolved or cancelled.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    public AnnouncementCounts Counts { get; init; } = AnnouncementCounts.None;

    /// <summary>Where the agents' control card is (set on publish), so it can be refreshed for everyone.</summary>
    public AnnouncementControlPost? ControlPost { get; init; }

    /// <summary>Published and not yet resolved or cancelled: listed by "is there an outage?".</summary>
    public bool IsActive => Status == AnnouncementStatus.Published;

    /// <summary>A new draft, version 1: nothing is sent until it is published.</summary>
    public static Announcement NewDraft(string id, AnnouncementContent content, TicketPerson author, DateTimeOffset at) =>
        new(id, content, AnnouncementStatus.Draft, 1, author, at, at, []);

    /// <summary>The latest update, if any: what the card shows under the announcement.</summary>
    public AnnouncementUpdate? LatestUpdate => Updates.Count == 0 ? null : Updates[^1];
}

public enum AnnouncementStatus
{
    Draft,
    Published,
    Resolved,
    Cancelled,
}

/// <summary>
/// Who receives it: everyone who has talked to the bot, or the people of a department, an office location, an Entra
/// group or the whole organisation (every enabled account) as Microsoft Graph lists them (stored by name: older
/// announcements read "Everyone").
/// </summary>
public enum AnnouncementAudience
{
    Everyone,
    Department,
    OfficeLocation,
    Group,
    Organisation,
}

/// <summary>How many employees said "I'm affected too" and how many acknowledged (each counted once).</summary>
public sealed record AnnouncementCounts(int Affected, int Acknowledged)
{
    public static AnnouncementCounts None { get; } = new(0, 0);
}
