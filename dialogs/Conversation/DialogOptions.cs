using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Dialogs.Conversation;

/// <summary>The conversation engine's settings (section <c>Dialogs</c>).</summary>
public sealed class DialogOptions
{
    public const string SectionName = "Dialogs";

    /// <summary>A dialog untouched for longer is dropped politely at the next message.</summary>
    [Range(1, 7 * 24 * 60, ErrorMessage = "Dialogs:IdleTimeoutMinutes must be between 1 and 10080.")]
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>Longer messages are cut to this length, with a notice.</summary>
    [Range(100, 28_000, ErrorMessage = "Dialogs:MaxMessageLength must be between 100 and 28000.")]
    public int MaxMessageLength { get; set; } = 4_000;

    /// <summary>Invalid answers to one step before the bot offers the menu or a human.</summary>
    [Range(1, 10, ErrorMessage = "Dialogs:MaxFailedTries must be between 1 and 10.")]
    public int MaxFailedTries { get; set; } = 3;

    /// <summary>How long after resolution the requester may reopen a ticket.</summary>
    [Range(0, 365, ErrorMessage = "Dialogs:ReopenWindowDays must be between 0 and 365.")]
    public int ReopenWindowDays { get; set; } = 14;

    /// <summary>Closed tickets shown in "my tickets" are those closed in this many days.</summary>
    [Range(1, 365, ErrorMessage = "Dialogs:RecentlyClosedDays must be between 1 and 365.")]
    public int RecentlyClosedDays { get; set; } = 30;

    public TimeSpan IdleTimeout => TimeSpan.FromMinutes(IdleTimeoutMinutes);
}
