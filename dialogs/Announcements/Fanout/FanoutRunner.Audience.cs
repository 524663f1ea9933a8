using Microsoft.Extensions.Logging;
using ServiceDesk.Dialogs.Announcements.Audiences;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Outbox;

namespace ServiceDesk.Dialogs.Announcements.Fanout;

// An audience from the directory (a department, an office location, an Entra group, the whole organisation): its people are paged from the
// directory (the job's cursor is the directory's link to the next page), each keyed by their Entra object id. Their
// 1:1 chat is created by the outbox (Teams answers the existing chat when there is one), after the app is installed
// for them when installing is on. The announcements channel is not posted to: the audience is exactly these people.
public sealed partial class FanoutRunner
{
    /// <summary>How long the fan-out waits when the directory cannot answer and says nothing of when to come back.</summary>
    private static readonly TimeSpan DirectoryPause = TimeSpan.FromSeconds(30);

    private async Task<FanoutStep> StepAudienceAsync(FanoutJob job, Announcement announcement, CancellationToken cancellationToken)
    {
        var value = announcement.AudienceValue ?? string.Empty;
        var page = await audiences.ListAsync(announcement.Audience, value, job.Cursor, options.Value.PageSize, cancellationToken).ConfigureAwait(false);
        if (page.Status == AudienceStatus.Unavailable)
        {
            return await PauseAsync(job, page.RetryAfter, 0, cancellationToken).ConfigureAwait(false);
        }

        if (page.Status != AudienceStatus.Ok || announcement.ControlPost is not { } origin)
        {
            // Nobody more can be listed (Graph off or refused, the group deleted) or reached (no conversation to create chats from).
            AudienceLost(logger, announcement.Id, job.Version, page.Status.ToString());
            return await MoveOnAsync(job, 0, job.Cursor, true, 0, cancellationToken).ConfigureAwait(false);
        }

        var enqueued = 0;
        // The chats are created through the service URL, tenant and bot of the agents' thread the control card is in.
        var chat = AccessOutbox.PersonalChat(null, origin.Thread).Target;
        foreach (var member in page.Members)
        {
            var known = await store.GetRecipientAsync(announcement.Id, member.ObjectId, cancellationToken).ConfigureAwait(false);
            if (known is null && installer.IsOn)
            {
                var install = await installer.InstallAsync(member.ObjectId, cancellationToken).ConfigureAwait(false);
                if (install.Retryable)
                {
                    // The page is planned again after the wait: what was written for its first people is not written twice.
                    return await PauseAsync(job, install.RetryAfter, enqueued, cancellationToken).ConfigureAwait(false);
                }

                if (install.Status == InstallStatus.Installed || !install.Succeeded)
                {
                    await store.RecordInstallAsync(announcement.Id, member.ObjectId, install.Succeeded, cancellationToken).ConfigureAwait(false);
                }

                if (!install.Succeeded)
                {
                    NotInstalled(logger, announcement.Id, member.ObjectId, install.Status.ToString());
                    await store.RecordAsync(announcement.Id, new(member.ObjectId, RecipientStatus.Unreachable, announcement.Version, null, null), cancellationToken)
                        .ConfigureAwait(false);
                    continue;
                }
            }

            enqueued += await FirstOrEditAsync(announcement, job.Version, member.ObjectId, known, OutboxKind.CreatePersonalConversation, chat,
                () => AnnouncementMessage.Json(announcement, member.Locale ?? origin.Locale, null), cancellationToken).ConfigureAwait(false);
        }

        return await MoveOnAsync(job, page.Members.Count, page.Next ?? job.Cursor, page.Next is null, enqueued, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets the job aside, its cursor kept, until the directory may be asked again.</summary>
    private async Task<FanoutStep> PauseAsync(FanoutJob job, TimeSpan? retryAfter, int enqueued, CancellationToken cancellationToken)
    {
        var wait = retryAfter is { } after && after > TimeSpan.Zero ? after : DirectoryPause;
        var until = time.GetUtcNow() + wait;
        var paused = await store.AdvanceAsync(job with { Lease = new OutboxLease(FanoutJob.RestingOwner, until) }, job.Cursor, false, until, cancellationToken)
            .ConfigureAwait(false);
        Paused(logger, job.AnnouncementId, job.Version, (long)wait.TotalSeconds);
        return new(null, 0, enqueued) { Resting = paused is not null };
    }

    [LoggerMessage(EventId = 6603, Level = LogLevel.Warning, Message = "Fan-out of {AnnouncementId} v{Version}: its audience can no longer be listed or reached ({Status}); the fan-out ends here")]
    private static partial void AudienceLost(ILogger logger, string announcementId, int version, string status);

    [LoggerMessage(EventId = 6604, Level = LogLevel.Information, Message = "Fan-out of {AnnouncementId} v{Version} waits {Seconds} s for the directory")]
    private static partial void Paused(ILogger logger, string announcementId, int version, long seconds);

    [LoggerMessage(EventId = 6605, Level = LogLevel.Warning, Message = "Fan-out of {AnnouncementId}: the app could not be installed for {ObjectId} ({Status}); counted not reachable")]
    private static partial void NotInstalled(ILogger logger, string announcementId, string objectId, string status);
}
