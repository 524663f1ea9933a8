namespace ServiceDesk.Dialogs.Announcements.Agents;

/// <summary>One pass over the announcements agents are working (control card counts, reminders); run by a hosted worker.</summary>
public interface IAnnouncementWatch
{
    /// <summary>Returns how many outbox records it wrote (refreshes and reminders; a key already present counts too).</summary>
    Task<int> RunOnceAsync(CancellationToken cancellationToken);
}
