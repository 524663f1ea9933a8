using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Announcements;

/// <summary>
/// The agents' control card of an announcement: the thread it is in (conversation id <c>19:…;messageid=…</c>, with the
/// channel's service URL, tenant and bot), its activity id, and the language it is written in (that of the agent who
/// declared it, as the channel's cards). Delivery counts and reminders go there.
/// </summary>
public sealed record AnnouncementControlPost(ConversationReference Thread, string ActivityId, string Locale);
