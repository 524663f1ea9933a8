using Moq;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Agents;
using ServiceDesk.Dialogs.Announcements.Audiences;
using ServiceDesk.Dialogs.Tests.Agents;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Announcements.Agents;

/// <summary>The desk over in-memory stores, the fan-out and links as Moq mocks, Alice and Bob as agents, a hand-moved clock.</summary>
internal sealed class AnnouncementDeskParts
{
    public static readonly AnnouncementControlPost Post = new(FakeAgentQueue.General with { ConversationId = AgentTestData.ThreadId }, "control-1", "fr-FR");

    public AnnouncementDeskParts()
    {
        Broadcaster.Setup(b => b.DeliveryAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(() => Delivery);
        Links.Setup(l => l.ListLinkedAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        Desk = new AnnouncementDesk(Store, Broadcaster.Object, Links.Object, Queue, Outbox);
        Audiences = new AnnouncementAudiences(Directory.Object, Installer.Object);
    }

    /// <summary>The directory's audiences: off (no Graph) until a test sets it up.</summary>
    public Mock<IAudienceDirectory> Directory { get; } = new();

    public Mock<ITeamsAppInstaller> Installer { get; } = new();

    public AnnouncementAudiences Audiences { get; }

    public InMemoryAnnouncements Store { get; } = new();

    public InMemoryOutbox Outbox { get; } = new();

    public Mock<IAnnouncementBroadcaster> Broadcaster { get; } = new();

    public Mock<IMajorIncidentLinks> Links { get; } = new();

    public FakeAgentQueue Queue { get; } = AgentTestData.AgentsQueue();

    public FakeTimeProvider Clock { get; } = new(AnnouncementSamples.T0.AddMinutes(10));

    public AnnouncementDelivery Delivery { get; set; } = new(100, 0, 0, 0);

    public AnnouncementDesk Desk { get; }

    public AnnouncementWatch Watch() => new(Desk, Outbox, Clock);

    /// <summary>Published at T0+5 min with its control card posted, next update promised for T0+1 h.</summary>
    public Announcement Published() => Store.Put(AnnouncementSamples.Published() with { ControlPost = Post });
}
