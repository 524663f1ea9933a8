using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Announcements;

/// <summary>Whether a transition changed the announcement, had already happened, or is not allowed in its status.</summary>
public enum TransitionOutcome
{
    Changed,
    AlreadyDone,
    NotAllowed,
}

/// <summary>The outcome and the announcement after it (the unchanged one unless <see cref="TransitionOutcome.Changed"/>).</summary>
public sealed record AnnouncementTransition(TransitionOutcome Outcome, Announcement Announcement)
{
    public bool Changed => Outcome == TransitionOutcome.Changed;
}

/// <summary>
/// The announcement's life: Draft → Published → Resolved, or Cancelled from Draft or Published. Publishing is done
/// once: a second Publish (a double click, two agents at once after the store's version check) is a no-op that returns
/// the published announcement, so there is one broadcast. Every change employees see increments the version.
/// </summary>
public static class AnnouncementRules
{
    public static AnnouncementTransition Publish(Announcement announcement, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        return announcement.Status switch
        {
            AnnouncementStatus.Draft => Changed(announcement with
            {
                Status = AnnouncementStatus.Published, Version = announcement.Version + 1, UpdatedAt = at, PublishedAt = at,
            }),
            AnnouncementStatus.Published => new(TransitionOutcome.AlreadyDone, announcement),
            _ => new(TransitionOutcome.NotAllowed, announcement),
        };
    }

    /// <summary>A draft's content is revised before it is published (Preview, then edit); once published, post updates.</summary>
    public static AnnouncementTransition Revise(Announcement announcement, AnnouncementContent content, DateTimeOffset at) =>
        announcement.Status == AnnouncementStatus.Draft
            ? Changed(announcement with { Content = content, Version = announcement.Version + 1, UpdatedAt = at })
            : new(TransitionOutcome.NotAllowed, announcement);

    /// <summary>An update of a published announcement; it may move the promised next update time.</summary>
    public static AnnouncementTransition PostUpdate(
        Announcement announcement, TicketPerson by, string text, string? textFrench, DateTimeOffset? nextUpdateAt, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        if (announcement.Status != AnnouncementStatus.Published)
        {
            return new(TransitionOutcome.NotAllowed, announcement);
        }

        var version = announcement.Version + 1;
        return Changed(announcement with
        {
            Version = version,
            UpdatedAt = at,
            Content = announcement.Content with { NextUpdateAt = nextUpdateAt },
            Updates = [.. announcement.Updates, new AnnouncementUpdate(AnnouncementUpdateKind.Update, version, at, by, text, textFrench, nextUpdateAt)],
        });
    }

    public static AnnouncementTransition Resolve(Announcement announcement, TicketPerson by, string? text, string? textFrench, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        return announcement.Status switch
        {
            AnnouncementStatus.Published => Close(announcement, AnnouncementStatus.Resolved, AnnouncementUpdateKind.Resolved, by, text, textFrench, at),
            AnnouncementStatus.Resolved => new(TransitionOutcome.AlreadyDone, announcement),
            _ => new(TransitionOutcome.NotAllowed, announcement),
        };
    }

    /// <summary>Withdraws a draft or a published announcement (declared by mistake): cards become a short withdrawn notice.</summary>
    public static AnnouncementTransition Cancel(Announcement announcement, TicketPerson by, string? reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        return announcement.Status switch
        {
            AnnouncementStatus.Draft or AnnouncementStatus.Published =>
                Close(announcement, AnnouncementStatus.Cancelled, AnnouncementUpdateKind.Cancelled, by, reason, null, at),
            AnnouncementStatus.Cancelled => new(TransitionOutcome.AlreadyDone, announcement),
            _ => new(TransitionOutcome.NotAllowed, announcement),
        };
    }

    private static AnnouncementTransition Close(
        Announcement announcement, AnnouncementStatus status, AnnouncementUpdateKind kind, TicketPerson by, string? text, string? textFrench, DateTimeOffset at)
    {
        var version = announcement.Version + 1;
        return Changed(announcement with
        {
            Status = status,
            Version = version,
            UpdatedAt = at,
            ClosedAt = at,
            Updates = [.. announcement.Updates, new AnnouncementUpdate(kind, version, at, by, text, textFrench, null)],
        });
    }

    private static AnnouncementTransition Changed(Announcement announcement) => new(TransitionOutcome.Changed, announcement);
}
