using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Announcements;

/// <summary>The outcome of linking an incident to a major incident.</summary>
public enum LinkOutcome
{
    Linked,
    AlreadyLinked,
    TicketNotFound,

    /// <summary>Not an open incident (closed, resolved, or an access request).</summary>
    NotLinkable,
    AnnouncementNotActive,
}

/// <summary>
/// Incidents linked to a major incident (an agent links the open ones on its service; the declaring ticket is linked
/// on publish) and what happens to them when it is resolved: each linked open incident is resolved with the
/// announcement's resolution note (its requester told, in their language, as any resolution), and every employee who
/// said "I'm affected too" is told it is fixed. Idempotent: resolving twice tells nobody twice.
/// </summary>
public interface IMajorIncidentLinks
{
    Task<LinkOutcome> LinkAsync(string announcementId, TicketNumber ticket, TicketPerson by, CancellationToken cancellationToken);

    /// <summary>The linked tickets' numbers, in link order.</summary>
    Task<IReadOnlyList<TicketNumber>> ListLinkedAsync(string announcementId, CancellationToken cancellationToken);

    /// <summary>Called after the resolved announcement is saved (status Resolved): resolves the linked incidents, tells the affected.</summary>
    Task ResolveLinkedAsync(Announcement resolved, TicketPerson by, CancellationToken cancellationToken);
}
