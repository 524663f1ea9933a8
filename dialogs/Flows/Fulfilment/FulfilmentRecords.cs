using Microsoft.Extensions.Options;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.Fulfilment;

/// <summary>
/// What a membership job leaves on its request: a history event (the status Fulfilled for a grant), the queue card
/// replaced in place, the requester told in their language and, when an agent must act, <see cref="Ticket.NeedsHuman"/>
/// with the reason in the ticket's thread. Each change is stored under the version read with its messages, read
/// again on a race; a grant also stores the jobs that end a temporary access.
/// </summary>
internal sealed partial class FulfilmentRecords(
    ITicketStore tickets, ITicketNotifier notifier, IAgentQueue queue, IUserProfileStore profiles, AccessCatalogue catalogue,
    AccessFulfilment fulfilment, IMembershipJobStore jobs, TimeProvider clock, IOptions<FulfilmentOptions> options)
{
    /// <summary>Who the history shows for the changes made through Microsoft Graph.</summary>
    public static readonly TicketPerson Actor = new("service-desk:fulfilment", null, "Microsoft Entra ID");

    private const string NoticePurpose = "fulfilment";
    private const string ThreadPurpose = "fulfilment-thread";
    private const int MaxRaces = 5;

    public async Task DoneAsync(MembershipJob job, CancellationToken cancellationToken)
    {
        if (job.Change == MembershipChange.Leaver)
        {
            await LeftAsync(job, cancellationToken).ConfigureAwait(false);
            return;
        }

        var adding = job.Change == MembershipChange.Add;
        var review = job.Change == MembershipChange.Review;
        var ticket = await tickets.GetAsync(job.Ticket, cancellationToken).ConfigureAwait(false);
        if (adding && ticket?.Access?.EndDate is { } end)
        {
            // Before the grant is recorded: a crash in between leaves the end planned, never an access that stays.
            await PlanEndAsync(ticket, end, cancellationToken).ConfigureAwait(false);
        }

        await ChangeAsync(job.Ticket, (t, now, texts) => adding
            ? (t with { Status = TicketStatus.Fulfilled, ResolvedAt = now, UpdatedAt = now },
                new TicketEvent(now, Actor, TicketEventKind.Fulfilled, [new("status", t.Status.ToString(), nameof(TicketStatus.Fulfilled))],
                    texts.Get(FulfilmentTextKeys.HistoryAdded, t.Requester.Name ?? t.Requester.Id, job.GroupId)))
            : (t with { UpdatedAt = now },
                new TicketEvent(now, Actor, TicketEventKind.Updated, [new("access", "granted", "removed")],
                    texts.Get(review ? Reviews.AccessReviewTextKeys.HistoryRemoved : FulfilmentTextKeys.HistoryRemoved,
                        t.Requester.Name ?? t.Requester.Id, job.GroupId))),
            (stored, requesterTexts) => RequesterText(stored, requesterTexts,
                adding ? FulfilmentTextKeys.Granted : review ? Reviews.AccessReviewTextKeys.RequesterRemoved : FulfilmentTextKeys.Removed),
            null,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An agent must do it: the reason on the history and in the ticket's thread, the requester told it is in hand.</summary>
    public Task CannotAsync(MembershipJob job, FulfilmentReason reason, int tries, CancellationToken cancellationToken) =>
        ChangeAsync(job.Ticket, (t, now, texts) =>
            (t with { NeedsHuman = true, UpdatedAt = now },
                new TicketEvent(now, Actor, TicketEventKind.InternalNote, [new("NeedsHuman", "False", "True")],
                    texts.Get(FulfilmentTextKeys.HistoryFailed, Reason(reason, tries, texts)), Internal: true)),
            (stored, requesterTexts) => job.Change == MembershipChange.Add ? RequesterText(stored, requesterTexts, FulfilmentTextKeys.Manual) : null,
            (stored, texts) => texts.Get(
                job.Change switch
                {
                    MembershipChange.Add => FulfilmentTextKeys.AgentsAddFailed,
                    MembershipChange.Review => Reviews.AccessReviewTextKeys.AgentsRemoveFailed,
                    _ => FulfilmentTextKeys.AgentsRemoveFailed,
                },
                stored.Number, Reason(reason, tries, texts), stored.Requester.Name ?? stored.Requester.Id, job.GroupId),
            cancellationToken);

    /// <summary>The end of a temporary access is near: the requester told, with "Ask to extend"; recorded on the history.</summary>
    public Task EndNoticeAsync(MembershipJob job, CancellationToken cancellationToken) =>
        ChangeAsync(job.Ticket, (t, now, texts) =>
            (t with { UpdatedAt = now },
                new TicketEvent(now, Actor, TicketEventKind.Reminded, [],
                    texts.Get(FulfilmentTextKeys.HistoryEndNotice, t.Requester.Name ?? t.Requester.Id, End(t, texts)))),
            (stored, requesterTexts) => RequesterText(stored, requesterTexts, FulfilmentTextKeys.EndSoon),
            null,
            cancellationToken,
            offerExtension: true);

    /// <summary>The removal at the start of the day after the end date (in <see cref="FulfilmentOptions.TimeZone"/>), and the notice before it.</summary>
    private async Task PlanEndAsync(Ticket ticket, DateOnly end, CancellationToken cancellationToken)
    {
        var zone = AccessDisplay.Zone(options.Value.TimeZone);
        var day = end.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var removeAt = new DateTimeOffset(day, zone.GetUtcOffset(day));
        if (fulfilment.Job(ticket, MembershipChange.Remove, "end") is { } removal)
        {
            await jobs.EnqueueAsync(removal, removeAt, cancellationToken).ConfigureAwait(false);
        }

        var noticeAt = removeAt.AddDays(-options.Value.EndNoticeDays);
        if (options.Value.EndNoticeDays > 0 && noticeAt > clock.GetUtcNow() && fulfilment.Job(ticket, MembershipChange.EndNotice, "end-notice") is { } notice)
        {
            await jobs.EnqueueAsync(notice, noticeAt, cancellationToken).ConfigureAwait(false);
        }
    }

    private string RequesterText(Ticket stored, Texts texts, string key)
    {
        var access = stored.Access!;
        var resource = AccessDisplay.Resource(catalogue, access.ResourceId, texts);
        var level = AccessDisplay.Level(access.Level, texts);
        return key == FulfilmentTextKeys.Granted && access.EndDate is not null
            ? texts.Get(FulfilmentTextKeys.GrantedUntil, stored.Number, resource, level, End(stored, texts))
            : texts.Get(key, stored.Number, resource, level, End(stored, texts));
    }

    private static string End(Ticket ticket, Texts texts) =>
        ticket.Access?.EndDate is { } end ? AccessDisplay.Date(end, texts) : string.Empty;

    private static string Reason(FulfilmentReason reason, int tries, Texts texts) => reason switch
    {
        FulfilmentReason.Denied => texts.Get(FulfilmentTextKeys.ReasonDenied),
        FulfilmentReason.NotFound => texts.Get(FulfilmentTextKeys.ReasonNotFound),
        _ => texts.Get(FulfilmentTextKeys.ReasonUnavailable, tries),
    };

    /// <summary>
    /// Stores one change made by <paramref name="change"/> from a fresh read (the history in the queue's language),
    /// with the notifier's records (its generic notice replaced by <paramref name="notice"/>) and <paramref name="thread"/>.
    /// </summary>
    private async Task ChangeAsync(
        TicketNumber number, Func<Ticket, DateTimeOffset, Texts, (Ticket Changed, TicketEvent Change)> change,
        Func<Ticket, Texts, string?> notice, Func<Ticket, Texts, string>? thread, CancellationToken cancellationToken, bool offerExtension = false,
        Func<Ticket, IEnumerable<OutboxDraft>>? others = null)
    {
        for (var race = 0; race < MaxRaces; race++)
        {
            var ticket = await tickets.GetAsync(number, cancellationToken).ConfigureAwait(false);
            if (ticket?.Access is null)
            {
                return;
            }

            var channel = await queue.ForCategoryAsync(QueueCategories.Of(ticket), cancellationToken).ConfigureAwait(false);
            var profile = await profiles.GetAsync(ticket.Requester.Id, cancellationToken).ConfigureAwait(false);
            var agentsTexts = Texts.For(channel?.Locale);
            var (changed, evt) = change(ticket, clock.GetUtcNow(), agentsTexts);
            var notified = await notifier.ForAsync(ticket, evt, cancellationToken).ConfigureAwait(false);
            var result = await tickets.UpdateAsync(changed, evt, stored =>
            [
                .. notified(stored).Where(d => d.Purpose != RequesterOutbox.NoticePurpose),
                .. Requester(stored, profile, channel, notice, offerExtension),
                .. thread is not null && channel is not null && stored.Cards.QueueThread is { } posted
                    ? [QueueOutbox.ThreadMessage(stored, posted, channel, thread(stored, agentsTexts)) with { IdempotencyKey = QueueOutbox.Key(stored, ThreadPurpose), Purpose = ThreadPurpose }]
                    : Array.Empty<OutboxDraft>(),
                .. others?.Invoke(stored) ?? [],
            ], cancellationToken).ConfigureAwait(false);
            if (result.Outcome != TicketUpdateOutcome.Conflict)
            {
                return;
            }
        }

        throw new StorageUnavailableException($"Request {number} kept changing while its fulfilment was recorded.");
    }

    private static IEnumerable<OutboxDraft> Requester(
        Ticket stored, UserProfile? profile, QueueChannel? channel, Func<Ticket, Texts, string?> notice, bool offerExtension)
    {
        var texts = Texts.For(profile?.Locale);
        if ((profile?.PersonalConversation ?? channel?.Channel) is not { } via || notice(stored, texts) is not { } text)
        {
            yield break;
        }

        var (kind, target) = AccessOutbox.PersonalChat(profile, via);
        // "Ask to extend" starts a new request with this one's answers (the card alone: its fallback text says the same).
        var payload = offerExtension
            ? OutboxMessage.Json(texts.Language, null, FormCard.Build(new FormCardView($"{stored.Number} · {CardText.Literal(stored.Title)}", text)
            {
                Notice = CardText.Literal(text),
                Actions = [CardActions.Execute(texts.Get(FulfilmentTextKeys.Extend), MenuVerbs.RequestAccess, AccessExtension.Data(stored.Number), ActionStyle.Positive)],
            }))
            : OutboxMessage.Json(texts.Language, text);
        yield return new OutboxDraft(QueueOutbox.Key(stored, NoticePurpose), kind, target, payload,
            RecipientUserId: stored.Requester.Id, Subject: stored.Number.ToString(), Purpose: NoticePurpose);
    }
}
