using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Dialogs.Metrics.Digest;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tests.Agents;
using ServiceDesk.Dialogs.Tests.Announcements.Agents;
using ServiceDesk.Dialogs.Tests.Problems;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Dialogs.Tests.Metrics.MetricsTickets;

namespace ServiceDesk.Dialogs.Tests.Metrics.Digest;

/// <summary>
/// The weekly digest over in-memory stores shared by every <see cref="Instance"/> (as two bot instances share
/// storage): tickets read through a mocked index, the General queue, a hand-moved clock.
/// </summary>
internal sealed class DigestParts
{
    public DigestParts(DateTimeOffset now)
    {
        Clock = new FakeTimeProvider(now);
        Queries.Setup(q => q.ListAsync(It.IsAny<TicketFilter>(), It.IsAny<int>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((TicketFilter f, int _, string? _, CancellationToken _) => new TicketPage([.. Tickets.Where(f.Matches)], null));
        Store.Setup(s => s.GetHistoryAsync(It.IsAny<TicketNumber>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        Deflections.Setup(d => d.CountAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(DeflectionCounts.None);
    }

    public List<Ticket> Tickets { get; } = [];

    public Mock<ITicketQueries> Queries { get; } = new();

    public Mock<ITicketStore> Store { get; } = new();

    public Mock<IDeflectionCounts> Deflections { get; } = new();

    public InMemoryProblemStore Problems { get; } = new();

    public FakeAgentQueue Queue { get; } = AgentTestData.AgentsQueue();

    public InMemoryOutbox Outbox { get; } = new();

    public InMemoryDigestStore Sent { get; } = new();

    public FakeTimeProvider Clock { get; }

    public DigestOptions Options { get; } = new() { DayOfWeek = System.DayOfWeek.Monday, Hour = 8, DashboardUrl = "https://bot.example/dashboard" };

    /// <summary>One instance of the digest (its own reader), over the shared stores.</summary>
    public WeeklyDigest Instance(IDigestStore? sent = null) => new(
        new MetricsReader(Store.Object, Queries.Object, Deflections.Object, MetricsTickets.Clock, Clock, NotBuiltDays.Instance),
        Problems, Queue, Outbox, sent ?? Sent,
        Microsoft.Extensions.Options.Options.Create(Options),
        Microsoft.Extensions.Options.Options.Create(new ServiceLevelOptions()),
        Clock, NullLogger<WeeklyDigest>.Instance);
}

/// <summary>A store that fails its first record: the process died between the outbox write and the record.</summary>
internal sealed class CrashingOnceDigestStore(IDigestStore inner) : IDigestStore
{
    private int records;

    public Task<bool> IsSentAsync(string week, CancellationToken cancellationToken) => inner.IsSentAsync(week, cancellationToken);

    public Task<bool> RecordSentAsync(string week, DateTimeOffset at, CancellationToken cancellationToken) =>
        Interlocked.Increment(ref records) == 1 ? throw new IOException("storage went away") : inner.RecordSentAsync(week, at, cancellationToken);
}
