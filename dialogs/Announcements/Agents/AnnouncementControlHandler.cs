using Microsoft.Extensions.Logging;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Announcements.Agents;

/// <summary>
/// The control card's Post update, Resolve, Cancel and Link incident. Agents only; a card older than the announcement
/// gets the fresh control card and who changed it; texts are checked before anything is saved or sent. A saved change
/// is broadcast (every delivered card edited in place), a resolution resolves the linked incidents, and the control
/// card is replaced for everyone.
/// </summary>
internal sealed partial class AnnouncementControlHandler(AnnouncementDesk desk, TimeProvider clock, ILogger<AnnouncementControlHandler> logger) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs => [AnnouncementVerbs.PostUpdate, AnnouncementVerbs.Resolve, AnnouncementVerbs.Cancel, AnnouncementVerbs.Link];

    public async Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var action = turn.Action ?? throw new ArgumentException("Not a card action.", nameof(turn));
        var texts = Texts.For(turn.Locale);
        var zone = DialogContext.TimeZoneOf(turn.TimeZone);
        var click = await desk.ReadClickAsync(turn, action, texts, cancellationToken).ConfigureAwait(false);
        if (click.Stored is not { } stored)
        {
            return click.Refusal!;
        }

        var (id, version) = (stored.Id, click.Version);

        var by = new TicketPerson(turn.From.Id, turn.From.AadObjectId, turn.From.Name);
        if (action.Verb == AnnouncementVerbs.Link)
        {
            // Linking does not change the announcement: any card of it will do, even an older one.
            return await LinkAsync(action, stored, by, texts, zone, cancellationToken).ConfigureAwait(false);
        }

        if (stored.Version != version)
        {
            return await ShowAsync(action, stored, texts.Get(TextKeys.AnnouncementsAgentsChangedBy, stored.Id, AnnouncementDesk.LastChangedBy(stored)), texts, zone, cancellationToken).ConfigureAwait(false);
        }

        var now = clock.GetUtcNow();
        var text = AnnouncementForm.Optional(action.Data, action.Verb switch
        {
            AnnouncementVerbs.PostUpdate => AnnouncementVerbs.UpdateTextInput,
            AnnouncementVerbs.Resolve => AnnouncementVerbs.ResolutionInput,
            _ => AnnouncementVerbs.CancelReasonInput,
        });
        var french = action.Verb == AnnouncementVerbs.PostUpdate ? AnnouncementForm.Optional(action.Data, AnnouncementVerbs.UpdateTextFrenchInput) : null;
        var next = action.Verb == AnnouncementVerbs.PostUpdate ? AnnouncementForm.NextUpdateAt(action.Data, now) : null;
        var problems = AnnouncementValidation.CheckUpdate(stored.Content, text, french, action.Verb == AnnouncementVerbs.PostUpdate, next, now);
        if (problems.Count > 0)
        {
            var reasons = string.Join("\n", problems.Select(p => AnnouncementDeclareCard.Describe(texts, p)));
            return await ShowAsync(action, stored, reasons, texts, zone, cancellationToken).ConfigureAwait(false);
        }

        var transition = action.Verb switch
        {
            AnnouncementVerbs.PostUpdate => AnnouncementRules.PostUpdate(stored, by, text!, french, next, now),
            AnnouncementVerbs.Resolve => AnnouncementRules.Resolve(stored, by, text, null, now),
            _ => AnnouncementRules.Cancel(stored, by, text, now),
        };
        if (!transition.Changed)
        {
            return await ShowAsync(action, stored, texts.Get(TextKeys.AnnouncementsAgentsNotNow, stored.Id, AnnouncementCard.Status(texts, stored.Status)), texts, zone, cancellationToken).ConfigureAwait(false);
        }

        var save = await desk.Store.UpdateAsync(transition.Announcement, version, cancellationToken).ConfigureAwait(false);
        switch (save)
        {
            case { Status: AnnouncementSaveStatus.Saved, Current: { } saved }:
                LogChanged(saved.Id, saved.Status, saved.Version, turn.From.Id);
                // A draft withdrawn before publishing was never seen by employees: nothing to edit.
                if (saved.PublishedAt is not null)
                {
                    await desk.Broadcaster.BroadcastAsync(saved, cancellationToken).ConfigureAwait(false);
                }

                if (saved.Status == AnnouncementStatus.Resolved)
                {
                    await desk.Links.ResolveLinkedAsync(saved, by, cancellationToken).ConfigureAwait(false);
                }

                await desk.RefreshForEveryoneAsync(saved, cancellationToken).ConfigureAwait(false);
                return await ShowAsync(action, saved, null, texts, zone, cancellationToken).ConfigureAwait(false);
            case { Current: { } current }:
                return await ShowAsync(action, current, texts.Get(TextKeys.AnnouncementsAgentsChangedBy, current.Id, AnnouncementDesk.LastChangedBy(current)), texts, zone, cancellationToken).ConfigureAwait(false);
            default:
                return TurnResult.Refused(action, texts.Get(TextKeys.AnnouncementsAgentsNotFound, id));
        }
    }

    private async Task<TurnResult> LinkAsync(CardAction action, Announcement announcement, TicketPerson by, Texts texts, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        if (AnnouncementForm.Ticket(action.Data, AnnouncementVerbs.LinkTicketInput) is not { } number)
        {
            return await ShowAsync(action, announcement, texts.Get(TextKeys.AnnouncementsAgentsLinkBadNumber), texts, zone, cancellationToken).ConfigureAwait(false);
        }

        var outcome = await desk.Links.LinkAsync(announcement.Id, number, by, cancellationToken).ConfigureAwait(false);
        LogLinked(announcement.Id, number.ToString(), outcome, by.Id);
        var notice = AnnouncementDesk.LinkNotice(outcome, number, announcement.Id, texts);
        if (outcome == LinkOutcome.Linked)
        {
            await desk.RefreshForEveryoneAsync(announcement, cancellationToken).ConfigureAwait(false);
        }

        return await ShowAsync(action, announcement, notice, texts, zone, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TurnResult> ShowAsync(CardAction action, Announcement announcement, string? notice, Texts texts, TimeZoneInfo zone, CancellationToken cancellationToken) =>
        AnnouncementDesk.Show(action, await desk.ControlCardAsync(announcement, texts, zone, notice, cancellationToken).ConfigureAwait(false));

    [LoggerMessage(Level = LogLevel.Information, Message = "Announcement {Id} now {Status} (version {Version}) by {UserId}")]
    private partial void LogChanged(string id, AnnouncementStatus status, int version, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Announcement {Id}: link of {Ticket} by {UserId}: {Outcome}")]
    private partial void LogLinked(string id, string ticket, LinkOutcome outcome, string userId);
}
