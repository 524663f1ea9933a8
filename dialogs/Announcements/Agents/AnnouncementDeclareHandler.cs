using Microsoft.Extensions.Logging;
using ServiceDesk.Dialogs.Announcements.Audiences;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Announcements.Agents;

/// <summary>
/// The declare form's Preview and Publish. Agents only; the draft is reloaded and must still be the version the card
/// showed; the texts are checked (refused with the reasons before anything is saved or sent), and an audience from the
/// directory is counted (the preview says how many people it reaches; one that cannot be used is refused with why). Publish stores the
/// published version under the version read, so of a double click or two agents at once one publishes and the other
/// gets the control card of the published one; then the broadcast starts, the ticket it was declared from is linked,
/// and the control card replaces the form (for the agent at once, for everyone through the outbox).
/// </summary>
internal sealed partial class AnnouncementDeclareHandler(
    AnnouncementDesk desk, AnnouncementAudiences audiences, TimeProvider clock, ILogger<AnnouncementDeclareHandler> logger) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs => [AnnouncementVerbs.Preview, AnnouncementVerbs.Publish];

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

        var ticket = AnnouncementForm.Ticket(action.Data)?.ToString();
        if (stored.Status != AnnouncementStatus.Draft || stored.Version != version)
        {
            return await StaleAsync(turn, stored, ticket, texts, zone, cancellationToken).ConfigureAwait(false);
        }

        var now = clock.GetUtcNow();
        var content = AnnouncementForm.Content(action.Data, now);
        var minutes = AnnouncementForm.NextUpdateMinutes(action.Data);
        var (audience, value) = AnnouncementForm.Audience(action.Data);
        var form = audiences.Form(null, texts) with { Audience = audience, Value = value };
        var problems = AnnouncementValidation.Check(content, now);
        if (problems.Count > 0)
        {
            return AnnouncementDesk.Show(action, AnnouncementDeclareCard.Build(texts, content, problems, stored, ticket: ticket, nextUpdateMinutes: minutes, audience: form));
        }

        // Counted at Preview and again at Publish: what is published says how many the fan-out plans.
        var check = await audiences.CheckAsync(stored, audience, value, texts, cancellationToken).ConfigureAwait(false);
        if (check.Chosen is not { } chosen)
        {
            return AnnouncementDesk.Show(action, AnnouncementDeclareCard.Build(
                texts, content, null, stored, ticket: ticket, nextUpdateMinutes: minutes, audience: form with { Problem = check.Problem }));
        }

        var revised = content == stored.Content && chosen == stored ? stored : AnnouncementRules.Revise(chosen, content, now).Announcement;
        if (action.Verb == AnnouncementVerbs.Preview)
        {
            var save = revised == stored ? new AnnouncementSave(AnnouncementSaveStatus.Saved, stored)
                : await desk.Store.UpdateAsync(revised, version, cancellationToken).ConfigureAwait(false);
            if (save is not { Status: AnnouncementSaveStatus.Saved, Current: { } draft })
            {
                return await SaveFailedAsync(turn, save, id, ticket, texts, zone, cancellationToken).ConfigureAwait(false);
            }

            var preview = AnnouncementCard.Build(draft, texts, zone, preview: true);
            return AnnouncementDesk.Show(action, AnnouncementDeclareCard.Build(
                texts, content, draft: draft, preview: preview, ticket: ticket, nextUpdateMinutes: minutes, audience: audiences.Form(draft, texts, withReach: true)));
        }

        var published = AnnouncementRules.Publish(revised, now).Announcement with { ControlPost = PostOf(turn) };
        var saved = await desk.Store.UpdateAsync(published, version, cancellationToken).ConfigureAwait(false);
        if (saved is not { Status: AnnouncementSaveStatus.Saved, Current: { } announcement })
        {
            return await SaveFailedAsync(turn, saved, id, ticket, texts, zone, cancellationToken).ConfigureAwait(false);
        }

        LogPublished(announcement.Id, announcement.Version, turn.From.Id);
        await desk.Broadcaster.BroadcastAsync(announcement, cancellationToken).ConfigureAwait(false);
        if (AnnouncementForm.Ticket(action.Data) is { } number)
        {
            var by = new TicketPerson(turn.From.Id, turn.From.AadObjectId, turn.From.Name);
            await desk.Links.LinkAsync(announcement.Id, number, by, cancellationToken).ConfigureAwait(false);
        }

        await desk.RefreshForEveryoneAsync(announcement, cancellationToken).ConfigureAwait(false);
        return AnnouncementDesk.Show(action, await desk.ControlCardAsync(announcement, texts, zone, null, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The card is older than the announcement: published already (a double click, another agent) → its control
    /// card, and the broadcast asked again (idempotent per version: it completes one that a crash interrupted);
    /// a draft changed by someone else → the form with the stored texts.
    /// </summary>
    private async Task<TurnResult> StaleAsync(Turn turn, Announcement current, string? ticket, Texts texts, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var action = turn.Action!;
        if (current.Status == AnnouncementStatus.Draft)
        {
            var notice = texts.Get(TextKeys.AnnouncementsAgentsChangedBy, current.Id, AnnouncementDesk.LastChangedBy(current));
            return AnnouncementDesk.Show(action, AnnouncementDeclareCard.Build(
                texts, current.Content, draft: current, notice: notice, ticket: ticket, audience: audiences.Form(current, texts)));
        }

        if (current.Status == AnnouncementStatus.Published)
        {
            LogAlreadyPublished(current.Id, current.Version, turn.From.Id);
            await desk.Broadcaster.BroadcastAsync(current, cancellationToken).ConfigureAwait(false);
        }

        var message = current.Status == AnnouncementStatus.Published
            ? texts.Get(TextKeys.AnnouncementsAgentsAlreadyPublished, current.Id, current.Author.Name ?? current.Author.Id)
            : texts.Get(TextKeys.AnnouncementsAgentsNotNow, current.Id, AnnouncementCard.Status(texts, current.Status));
        return AnnouncementDesk.Show(action, await desk.ControlCardAsync(current, texts, zone, message, cancellationToken).ConfigureAwait(false));
    }

    private async Task<TurnResult> SaveFailedAsync(
        Turn turn, AnnouncementSave save, string id, string? ticket, Texts texts, TimeZoneInfo zone, CancellationToken cancellationToken) =>
        save.Current is { } current
            ? await StaleAsync(turn, current, ticket, texts, zone, cancellationToken).ConfigureAwait(false)
            : TurnResult.Refused(turn.Action!, texts.Get(TextKeys.AnnouncementsAgentsNotFound, id));

    /// <summary>The clicked card becomes the control card: where it is (the thread and the card's activity), when known.</summary>
    private static AnnouncementControlPost? PostOf(Turn turn) =>
        string.IsNullOrEmpty(turn.ReplyToId) || turn.Conversation.Kind != ConversationKind.Channel
            ? null
            : new AnnouncementControlPost(turn.Conversation, turn.ReplyToId, turn.Locale);

    [LoggerMessage(Level = LogLevel.Information, Message = "Announcement {Id} published (version {Version}) by {UserId}")]
    private partial void LogPublished(string id, int version, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Announcement {Id} already published (version {Version}): {UserId} got its control card, broadcast asked again")]
    private partial void LogAlreadyPublished(string id, int version, string userId);
}
