using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Bot.Tests.Announcements;

/// <summary>
/// The fan-out and major incident link ports until their implementations are merged: nothing is broadcast and no
/// incident is linked. <see cref="Support.BotHostFactory"/> registers them only when the host has none.
/// </summary>
public sealed class NoAnnouncementPorts : IAnnouncementBroadcaster, IMajorIncidentLinks
{
    public static NoAnnouncementPorts Instance { get; } = new();

    public Task BroadcastAsync(Announcement saved, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<AnnouncementDelivery> DeliveryAsync(string announcementId, CancellationToken cancellationToken) => Task.FromResult(AnnouncementDelivery.None);

    public Task<LinkOutcome> LinkAsync(string announcementId, TicketNumber ticket, TicketPerson by, CancellationToken cancellationToken) =>
        Task.FromResult(LinkOutcome.AnnouncementNotActive);

    public Task<IReadOnlyList<TicketNumber>> ListLinkedAsync(string announcementId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TicketNumber>>([]);

    public Task ResolveLinkedAsync(Announcement resolved, TicketPerson by, CancellationToken cancellationToken) => Task.CompletedTask;
}
