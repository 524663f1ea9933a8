using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Dialogs.Announcements.Agents;

/// <summary>
/// The agents' side of announcements (section <c>Announcements</c>): the announcements channel given in configuration
/// (a choice made on the setup card wins), and how often the control cards' counts and reminders are checked.
/// </summary>
public sealed class AnnouncementChannelOptions
{
    public const string SectionName = "Announcements";

    /// <summary>The announcements channel; none: chosen with "Use this channel for announcements" on the setup card.</summary>
    public ConfiguredAnnouncementChannel? Channel { get; set; }

    /// <summary>Seconds between two checks of the control cards (live counts, next-update reminders).</summary>
    [Range(1, 3600, ErrorMessage = "Announcements:WatchSeconds must be between 1 and 3600.")]
    public int WatchSeconds { get; set; } = 5;

    /// <summary>The first configuration problem, naming the setting, or null.</summary>
    public string? Problem() => Channel?.Problem() is { } problem ? "Announcements:Channel: " + problem : null;
}

/// <summary>A Teams channel named in configuration (the ids are in the channel's link, or in the bot's log at install).</summary>
public sealed class ConfiguredAnnouncementChannel
{
    public string ServiceUrl { get; set; } = string.Empty;

    public string TeamId { get; set; } = string.Empty;

    /// <summary>The channel's id (19:…@thread.tacv2; the General channel's id is the team id).</summary>
    public string ChannelId { get; set; } = string.Empty;

    public string? TenantId { get; set; }

    /// <summary>The language of the channel post (<c>en-US</c> or <c>fr-FR</c>).</summary>
    public string Locale { get; set; } = "en-US";

    internal string? Problem() =>
        !Uri.TryCreate(ServiceUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http") ? "ServiceUrl must be an absolute http(s) address."
        : string.IsNullOrWhiteSpace(TeamId) ? "TeamId is required."
        : string.IsNullOrWhiteSpace(ChannelId) ? "ChannelId is required."
        : null;
}
