using System.ComponentModel.DataAnnotations;
using ServiceDesk.Dialogs.Agents.Queue;

namespace ServiceDesk.Dialogs.Announcements.Agents;

/// <summary>
/// The agents' side of announcements (section <c>Announcements</c>): the announcements channel given in configuration
/// (a choice made on the setup card wins), and how often the control cards' counts and reminders are checked.
/// </summary>
public sealed class AnnouncementChannelOptions
{
    public const string SectionName = "Announcements";

    /// <summary>
    /// The announcements channel (its <c>Locale</c> is the language of the post; a category is ignored, as for
    /// <c>Agents:FallbackChannel</c>); none: chosen with "Use this channel for announcements" on the setup card.
    /// </summary>
    public ConfiguredQueue? Channel { get; set; }

    /// <summary>Seconds between two checks of the control cards (live counts, next-update reminders).</summary>
    [Range(1, 3600, ErrorMessage = "Announcements:WatchSeconds must be between 1 and 3600.")]
    public int WatchSeconds { get; set; } = 5;

    /// <summary>The first configuration problem, naming the setting, or null.</summary>
    public string? Problem() => Channel?.Problem() is { } problem ? "Announcements:Channel: " + problem : null;
}
