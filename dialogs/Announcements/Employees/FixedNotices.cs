using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Announcements.Employees;

/// <summary>
/// "It's fixed", to every employee who said they were affected (the card's button or the incident flow's "Add me to
/// it"), in their language, in their 1:1 chat (a conversation marked stale is created again), through the outbox.
/// Keyed <c>{id}/v{version}/fixed/{user}</c>: telling them again for the same resolution sends nothing.
/// </summary>
internal sealed class FixedNotices(IAnnouncementStore announcements, IUserProfileStore profiles, IOutboxStore outbox)
{
    public const string Purpose = "announcement-fixed";

    /// <summary>Profile reads and outbox writes in flight at once: thousands of affected employees finish in seconds.</summary>
    private const int InFlight = 8;

    /// <summary>Enqueues the notices; returns how many employees will be told (those without a known chat cannot be).</summary>
    public async Task<int> TellAffectedAsync(Announcement resolved, IReadOnlySet<string> alreadyTold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        var affected = await announcements.ListReactorsAsync(resolved.Id, AnnouncementReactionKind.Affected, cancellationToken).ConfigureAwait(false);
        var told = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = InFlight, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(affected.Where(r => !alreadyTold.Contains(r.Employee.Id)), options, async (reactor, token) =>
        {
            if (await profiles.GetAsync(reactor.Employee.Id, token).ConfigureAwait(false) is { PersonalConversation: { } chat } profile)
            {
                await outbox.EnqueueAsync(Draft(resolved, profile, chat), token).ConfigureAwait(false);
                Interlocked.Increment(ref told);
            }
        }).ConfigureAwait(false);
        return told;
    }

    public static OutboxDraft Draft(Announcement resolved, UserProfile profile, ConversationReference chat)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(profile);
        var texts = Texts.For(profile.Locale);
        var text = texts.Get(TextKeys.AnnouncementsEmployeeFixed, resolved.Content.In(texts.Language).Title, resolved.Content.Service);
        if (resolved.LatestUpdate is { Kind: AnnouncementUpdateKind.Resolved } resolution && resolution.TextIn(texts.Language) is { Length: > 0 } done)
        {
            text += "\n" + texts.Get(TextKeys.AnnouncementsEmployeeFixedNote, done);
        }

        var (kind, target) = AccessOutbox.PersonalChat(profile, chat);
        return new OutboxDraft(
            $"{resolved.Id}/v{resolved.Version}/fixed/{profile.UserId}", kind, target, OutboxMessage.Json(texts.Language, text),
            RecipientUserId: profile.UserId, Subject: resolved.Id, Purpose: Purpose);
    }
}
