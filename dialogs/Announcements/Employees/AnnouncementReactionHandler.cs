using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Announcements.Employees;

/// <summary>
/// "I'm affected too" and "Acknowledge" on an announcement card, for any employee (1:1 chat or announcements channel).
/// The card is untrusted: the announcement is reloaded by id; each employee is counted once per button whatever the
/// clicks (the store records the reaction idempotently). The answer is the reader's card, at the latest version, with
/// what the click did and the counts; an outage already over shows its current (resolved or withdrawn) card, an
/// unknown id a message. "Affected" is also the link that gets the employee told when it is fixed. Teams' automatic
/// refresh of a card shown to one reader (<see cref="AnnouncementVerbs.Refresh"/>) gets the current card, nothing counted.
/// </summary>
internal sealed class AnnouncementReactionHandler(IAnnouncementStore store, TimeProvider clock) : ICardActionHandler
{
    private const int MaxIdLength = 32;

    public IReadOnlyCollection<string> Verbs => [AnnouncementVerbs.Affected, AnnouncementVerbs.Acknowledge, AnnouncementVerbs.Refresh];

    public async Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var action = turn.Action ?? throw new ArgumentException("Not a card action.", nameof(turn));
        var texts = Texts.For(turn.Locale);
        var zone = DialogContext.TimeZoneOf(turn.TimeZone);
        var id = CardForm.Field(action.Data, AnnouncementVerbs.IdField).Text;
        var announcement = id is { Length: > 0 and <= MaxIdLength } && Verbs.Contains(action.Verb)
            ? await store.GetAsync(id, cancellationToken).ConfigureAwait(false)
            : null;
        if (announcement is null || announcement.Status == AnnouncementStatus.Draft)
        {
            return TurnResult.Refused(action, texts.Get(TextKeys.AnnouncementsEmployeeUnknown));
        }

        if (action.Verb == AnnouncementVerbs.Refresh)
        {
            // Teams asks when the reader looks at a card shown to them alone: the announcement as it is now.
            return Show(action, AnnouncementCard.Build(announcement, texts, zone, reader: turn.From.Id));
        }

        if (!announcement.IsActive)
        {
            // Resolved or withdrawn since the card was sent: nothing to count, show where it stands.
            return Show(action, AnnouncementCard.Build(announcement, texts, zone, confirmation: texts.Get(TextKeys.AnnouncementsEmployeeOver)));
        }

        var affected = action.Verb == AnnouncementVerbs.Affected;
        var employee = new TicketPerson(turn.From.Id, turn.From.AadObjectId, turn.From.Name);
        var kind = affected ? AnnouncementReactionKind.Affected : AnnouncementReactionKind.Acknowledged;
        var reaction = await store.ReactAsync(announcement.Id, kind, employee, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var said = (affected, reaction.Recorded) switch
        {
            (true, true) => TextKeys.AnnouncementsEmployeeAffected,
            (true, false) => TextKeys.AnnouncementsEmployeeAffectedAlready,
            (false, true) => TextKeys.AnnouncementsEmployeeAcknowledged,
            _ => TextKeys.AnnouncementsEmployeeAcknowledgedAlready,
        };

        // The card clicked may be an older version: the answer is always the latest, so the reader is never left stale.
        var current = announcement with { Counts = reaction.Counts };
        // The button just used is gone from the reader's card; the card refreshes itself for them until the outage is over.
        return Show(action, AnnouncementCard.Build(current, texts, zone, confirmation: texts.Get(said), used: kind, reader: turn.From.Id));
    }

    /// <summary>An invoke answered with a card replaces the clicked card for this reader; an Action.Submit gets it as a message.</summary>
    private static TurnResult Show(CardAction action, AdaptiveCard card) =>
        action.IsInvoke ? new TurnResult([], InvokeAnswer.WithCard(card)) : new TurnResult([Reply.Of(card)]);
}
