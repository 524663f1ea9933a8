using Microsoft.Extensions.Logging;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.Fulfilment.Reviews;

/// <summary>
/// The review's messages to its owners, each in their language and 1:1 chat (created from the agents' queue when the
/// owner never opened the bot): the card when the review starts, a reminder with the card when it is late. Keys per
/// review and owner: a pass run again, on this instance or another, sends nothing twice.
/// </summary>
internal sealed partial class AccessReviewCards(
    AccessReviewStore store, AccessCatalogue catalogue, IUserProfileStore profiles, IAgentQueue queue, IOutboxStore outbox,
    ILogger<AccessReviewCards> logger)
{
    public const string Purpose = "access-review";

    public async Task SendAsync(Versioned<AccessReviewHead> head, CancellationToken cancellationToken)
    {
        var first = await store.PageAsync(head.Value.ResourceId, head.Value.Cycle, 1, cancellationToken).ConfigureAwait(false);
        if (first is not null)
        {
            await EnqueueAsync(head.Value, first.Value, "card", null, cancellationToken).ConfigureAwait(false);
        }

        await store.SaveHeadAsync(head.Value with { CardsSent = true }, head.ETag, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The owners reminded with the first page that has someone left to decide; nothing when everyone was decided.</summary>
    public async Task RemindAsync(Versioned<AccessReviewHead> head, CancellationToken cancellationToken)
    {
        var (left, page) = (0, (AccessReviewPage?)null);
        for (var n = 1; n <= head.Value.Pages; n++)
        {
            var stored = await store.PageAsync(head.Value.ResourceId, head.Value.Cycle, n, cancellationToken).ConfigureAwait(false);
            var undecided = stored?.Value.Holders.Count(h => h.Decision is null) ?? 0;
            left += undecided;
            page ??= undecided > 0 ? stored!.Value : null;
        }

        if (page is not null)
        {
            await EnqueueAsync(head.Value, page, "reminder", left, cancellationToken).ConfigureAwait(false);
        }

        await store.SaveHeadAsync(head.Value with { Reminded = true }, head.ETag, cancellationToken).ConfigureAwait(false);
    }

    private async Task EnqueueAsync(AccessReviewHead head, AccessReviewPage page, string what, int? left, CancellationToken cancellationToken)
    {
        var origin = (await queue.ForCategoryAsync(QueueCategories.AccessRequests, cancellationToken).ConfigureAwait(false))?.Channel;
        foreach (var owner in head.Owners)
        {
            var profile = await profiles.GetAsync(owner.Id, cancellationToken).ConfigureAwait(false);
            if ((profile?.PersonalConversation ?? origin) is not { } via)
            {
                Unreachable(logger, head.ResourceId, head.Cycle);
                continue;
            }

            var texts = Texts.For(profile?.Locale);
            var zone = AccessDisplay.Zone(profile?.TimeZone);
            var text = left is { } count
                ? texts.Count(AccessReviewTextKeys.Reminder, count, AccessDisplay.Resource(catalogue, head.ResourceId, texts),
                    AccessDisplay.DateTime(head.DueAt, zone, texts))
                : null;
            var card = AccessReviewCard.Build(head, page, catalogue, texts, zone, text);
            var (kind, target) = AccessOutbox.PersonalChat(profile, via);
            await outbox.EnqueueAsync(new OutboxDraft(
                $"{Purpose}/{head.ResourceId}/{head.Cycle}/{what}/{owner.Id}", kind, target, OutboxMessage.Json(texts.Language, null, card),
                RecipientUserId: owner.Id, Subject: $"{Purpose}/{head.ResourceId}/{head.Cycle}", Purpose: Purpose), cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 4172, Level = LogLevel.Warning, Message = "Access review of {Resource} #{Cycle}: an owner has no 1:1 chat and no agents' queue is set up to start one from")]
    private static partial void Unreachable(ILogger logger, string resource, int cycle);
}
