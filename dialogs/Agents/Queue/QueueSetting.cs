using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Agents.Queue;

/// <summary>
/// A queue chosen from the setup card: the channel (conversation id = the channel's id, team and channel ids set),
/// its category (null: every ticket), who chose it and in which language (the language of warnings about it), and
/// the time zone of their Teams client (the dates on the channel's cards; null before it was recorded: UTC).
/// </summary>
public sealed record QueueSetting(
    ConversationReference Channel,
    string? Category,
    string? SetById,
    string? SetByName,
    string Locale,
    DateTimeOffset SetAt,
    string? TimeZone = null);
