using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Announcements.Employees;

/// <summary>
/// "Is there an outage?" / "Y a-t-il une panne ?": every active announcement, whatever the service asked about, as
/// the card employees get (reader's language and time zone, with "I'm affected too" and "Acknowledge"), oldest
/// first. None: the usual "no announced outage" text.
/// </summary>
internal sealed class OutageBoard(IAnnouncementStore store)
{
    /// <summary>More would bury the chat; in practice there are one or two at a time.</summary>
    public const int MaxCards = 10;

    public async Task<IReadOnlyList<Reply>> ListAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var texts = Texts.For(turn.Locale);
        var active = await store.ListActiveAsync(cancellationToken).ConfigureAwait(false);
        if (active.Count == 0)
        {
            return [Reply.Of(texts.Get(TextKeys.IncidentNoActiveOutage))];
        }

        var zone = DialogContext.TimeZoneOf(turn.TimeZone);
        return
        [
            Reply.Of(texts.Get(TextKeys.AnnouncementsEmployeeListIntro, active.Count.ToString("N0", texts.Culture))),
            // Copies shown on request are not tracked for updates in place: they refresh themselves for the reader.
            .. active.Take(MaxCards).Select(a => Reply.Of(AnnouncementCard.Build(a, texts, zone, reader: turn.From.Id))),
        ];
    }
}
