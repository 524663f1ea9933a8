using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Announcements.Employees;

/// <summary>An incident linked to a major incident: which, by whom, when.</summary>
public sealed record MajorIncidentLink(TicketNumber Ticket, TicketPerson By, DateTimeOffset At);

/// <summary>
/// Port: the incidents linked to each announcement (stored with the announcements). A ticket is linked once per
/// announcement: adding it again is a no-op that returns false.
/// </summary>
public interface IMajorIncidentLinkStore
{
    /// <summary>True when the link is new, false when this ticket was already linked to this announcement.</summary>
    Task<bool> AddLinkAsync(string announcementId, MajorIncidentLink link, CancellationToken cancellationToken);

    /// <summary>The links in the order they were made.</summary>
    Task<IReadOnlyList<MajorIncidentLink>> ListLinksAsync(string announcementId, CancellationToken cancellationToken);
}
