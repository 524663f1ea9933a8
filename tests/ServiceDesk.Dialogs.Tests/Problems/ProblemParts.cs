using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Announcements.Audiences;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Problems;
using ServiceDesk.Dialogs.Problems.Clusters;
using ServiceDesk.Dialogs.Tests.Agents;
using ServiceDesk.Dialogs.Tests.Announcements.Agents;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.Problems;

/// <summary>Problem management over in-memory stores, Alice and Bob as agents (the General queue), a hand-moved clock.</summary>
internal sealed class ProblemParts
{
    public ProblemParts()
    {
        Profiles.SaveAsync(JeanProfile(), default);
        Sla.Setup(s => s.Update(It.IsAny<Ticket>(), It.IsAny<Ticket>(), It.IsAny<DateTimeOffset>())).Returns((Ticket _, Ticket after, DateTimeOffset _) => after.Sla);
        Queries.Setup(q => q.ListAsync(It.IsAny<TicketFilter>(), It.IsAny<int>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((TicketFilter f, int _, string? _, CancellationToken _) => new TicketPage([.. Tickets.All.Where(f.Matches).OrderByDescending(t => t.CreatedAt)], null));
        var notifier = AgentParts.Notifier(Tickets, Queue, Profiles);
        Desk = new ProblemDesk(Problems, Tickets, notifier, new LinkedIncidentResolver(Tickets, Sla.Object, notifier, Profiles, Clock), Clock);
    }

    public InMemoryTicketStore Tickets { get; } = new();

    public InMemoryUserProfiles Profiles { get; } = new();

    public InMemoryProblemStore Problems { get; } = new();

    public InMemoryClusterStore Clusters { get; } = new();

    public InMemoryArticles Articles { get; } = new();

    public InMemoryAnnouncements Announcements { get; } = new();

    public InMemoryOutbox Outbox { get; } = new();

    public FakeAgentQueue Queue { get; } = AgentsQueue();

    public Mock<ISlaClock> Sla { get; } = new();

    public Mock<ITicketQueries> Queries { get; } = new();

    /// <summary>The directory behind the declare form's audience: off (no Graph) unless a test turns it on.</summary>
    public Mock<IAudienceDirectory> Directory { get; } = new();

    public FakeTimeProvider Clock { get; } = new(Now);

    public ProblemOptions Options { get; } = new();

    public ProblemDesk Desk { get; }

    public ProblemCommand Command() => new(Desk);

    public ProblemLinkReply LinkReply() => new(Desk);

    public ProblemCardHandler Handler() => new(Desk, LinkReply(), Queue, Tickets, Articles, Clock);

    public ClusterWatch Watch() => new(Queries.Object, Tickets, Clusters, Queue, Outbox, Microsoft.Extensions.Options.Options.Create(Options), Clock, NullLogger<ClusterWatch>.Instance);

    public ClusterCardHandler ClusterHandler() =>
        new(Clusters, Desk, Announcements, new AnnouncementAudiences(Directory.Object, Mock.Of<ITeamsAppInstaller>()), Queue, Tickets, Outbox, Microsoft.Extensions.Options.Options.Create(Options), Clock);

    public ClusterCardObserver Observer() => new(Clusters, Tickets, Outbox, Microsoft.Extensions.Options.Options.Create(Options));

    /// <summary>An open incident numbered <paramref name="n"/>, created <paramref name="minutesAgo"/> before now.</summary>
    public Ticket Incident(int n, string title, string description, string? service, int minutesAgo, string category = "email", TicketStatus status = TicketStatus.New)
    {
        var ticket = Ticket(status) with
        {
            Number = new TicketNumber(TicketKind.Incident, n),
            Title = title,
            Description = description,
            Service = service,
            Category = category,
            CreatedAt = Clock.GetUtcNow().AddMinutes(-minutesAgo),
            UpdatedAt = Clock.GetUtcNow().AddMinutes(-minutesAgo),
            Cards = TicketCards.None,
        };
        Tickets.Put(ticket);
        return ticket;
    }
}
