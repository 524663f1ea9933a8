using Microsoft.Extensions.Options;
using Moq;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Agents.TicketList;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Tickets.Sla;
using ServiceDesk.Dialogs.Turns;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.Agents.TicketList;

/// <summary>
/// Open tickets of the queue (in the General channel, every category) and of another queue's channel (category
/// "network"), read through a fake of the queries port that applies the filter as a store would.
/// </summary>
internal sealed class TicketListFixture
{
    public static readonly ConversationReference Network =
        FakeAgentQueue.General with { ConversationId = "19:network@thread.tacv2", TeamsChannelId = "19:network@thread.tacv2" };

    public List<Ticket> Tickets { get; } = [];

    public List<TicketFilter> Asked { get; } = [];

    public Mock<IAgentQueue> Queue { get; } = new();

    public TicketListFixture()
    {
        var general = new QueueChannel(FakeAgentQueue.General, null);
        Queue.Setup(q => q.ForCategoryAsync(It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string? category, CancellationToken _) => category == "network" ? new QueueChannel(Network, "network") : general);
        Queue.Setup(q => q.IsAgentAsync(It.IsAny<Person>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Person p, CancellationToken _) => p.Id == Alice.Id || p.Id == Bob.Id);
        Queue.Setup(q => q.ListAgentsAsync(It.IsAny<CancellationToken>())).ReturnsAsync([Alice, Bob]);
    }

    public static SlaClock Sla { get; } = new(Options.Create(new ServiceLevelOptions()));

    public TicketListReader Reader()
    {
        var queries = new Mock<ITicketQueries>();
        queries.Setup(q => q.ListAsync(It.IsAny<TicketFilter>(), It.IsAny<int>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((TicketFilter f, int _, string? _, CancellationToken _) =>
            {
                Asked.Add(f);
                return new TicketPage([.. Tickets.Where(f.Matches)], null);
            });
        return new TicketListReader(queries.Object, Queue.Object, Sla);
    }

    /// <summary>An open incident, numbered <paramref name="n"/>, in the General queue unless its category says otherwise.</summary>
    public Ticket Add(int n, TicketStatus status = TicketStatus.New, TicketPerson? assignee = null, Priority priority = Priority.P3,
        SlaState? sla = null, string category = "email", string? tenant = "tenant-1")
    {
        var ticket = Ticket(status, assignee) with
        {
            Number = new TicketNumber(TicketKind.Incident, n),
            Title = $"Ticket {n}",
            Priority = priority,
            Category = category,
            TenantId = tenant,
            Sla = sla ?? new SlaState(Now.AddHours(2), Now.AddDays(3)),
        };
        Tickets.Add(ticket);
        return ticket;
    }

    /// <summary>"tickets …" typed in <paramref name="conversation"/> by <paramref name="who"/>.</summary>
    public static Turn Typed(TicketPerson who, string locale = "en-US", ConversationReference? conversation = null) =>
        ChannelMessage(who, "tickets") with { Conversation = conversation ?? FakeAgentQueue.General, Locale = locale, TimeZone = "Europe/Paris" };
}
