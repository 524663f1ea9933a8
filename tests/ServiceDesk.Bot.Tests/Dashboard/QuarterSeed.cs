using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Bot.Tests.Dashboard;

/// <summary>
/// A realistic quarter written through the real ticket store: incidents and requests over 92 days before
/// <see cref="Now"/> with the priorities, categories and services of a mid-size company; SLA targets met and missed;
/// first responses and resolutions by six agents, some reassigned, some reopened, ratings skewed to 4 and 5; open
/// tickets new, in progress and on hold, some at risk or breached; knowledge answers marked helpful or not.
/// Deterministic (a fixed seed), so a failure reproduces. Also compiled into bench/dashboard, which seeds a year.
/// </summary>
internal sealed class QuarterSeed(ITicketStore store, IDeflectionLog deflections, MovableClock clock, DateTimeOffset? now = null)
{
    /// <summary>The tests' "now"; the benchmark seeds up to the real time instead.</summary>
    public static readonly DateTimeOffset TestNow = new(2026, 12, 1, 14, 0, 0, TimeSpan.Zero);

    private DateTimeOffset Now { get; } = now ?? TestNow;

    public static readonly TicketPerson[] Agents =
        [.. Enumerable.Range(1, 6).Select(i => new TicketPerson($"29:agent{i}", $"00000000-0000-0000-0000-00000000000{i}", $"Agent {i}"))];

    /// <summary>The agents' channel the seeded tickets' cards are in.</summary>
    public const string QueueChannel = "19:desk-queue@thread.tacv2";

    private static readonly string[] Categories = ["workstation", "email", "network", "printing", "accounts", "software", "phone"];
    private static readonly string?[] Services = ["Outlook", "VPN", "Wi-Fi", "SAP", "Teams", "Printer 3F", null, null];
    private static readonly (Priority Priority, int Weight, TimeSpan Response, TimeSpan Resolution)[] Levels =
    [
        (Priority.P1, 2, TimeSpan.FromMinutes(15), TimeSpan.FromHours(4)),
        (Priority.P2, 10, TimeSpan.FromMinutes(30), TimeSpan.FromHours(8)),
        (Priority.P3, 40, TimeSpan.FromHours(2), TimeSpan.FromHours(24)),
        (Priority.P4, 38, TimeSpan.FromHours(8), TimeSpan.FromHours(72)),
        (Priority.P5, 10, TimeSpan.FromHours(24), TimeSpan.FromHours(160)),
    ];

    private readonly Random random = new(14);

    /// <summary>Writes <paramref name="tickets"/> tickets and <paramref name="answers"/> knowledge answers over the <paramref name="days"/> before <see cref="Now"/>.</summary>
    public async Task SeedAsync(int tickets, int answers, int days = 92, IProgress<int>? progress = null)
    {
        var created = Enumerable.Range(0, tickets)
            .Select(_ => Now - TimeSpan.FromMinutes(random.Next(5, days * 24 * 60)))
            .Order().ToList();
        for (var i = 0; i < created.Count; i++)
        {
            await SeedTicketAsync(created[i]);
            progress?.Report(i + 1);
        }

        for (var i = 0; i < answers; i++)
        {
            var at = Now - TimeSpan.FromMinutes(random.Next(5, days * 24 * 60));
            var (person, article, helpful) = (random.Next(800), random.Next(40), random.NextDouble() < 0.8);
            // One article in four answered by the language model (drawn from the article: the random sequence is unchanged).
            var source = article % 4 == 0 ? "model" : "answer";
            await deflections.RecordAsync(new Deflection(at, $"29:employee{person}", $"kb-{article}", source, helpful), CancellationToken.None);
        }

        clock.Set(Now);
    }

    private async Task SeedTicketAsync(DateTimeOffset createdAt)
    {
        var level = Pick();
        var kind = random.NextDouble() < 0.15 ? TicketKind.Request : TicketKind.Incident;
        var requester = new TicketPerson($"29:employee{random.Next(800)}", null, $"Employee {random.Next(800)}");
        var sla = new SlaState(createdAt + level.Response, createdAt + level.Resolution);
        var template = new Ticket
        {
            Number = default, Version = 0, Status = TicketStatus.New, Title = $"Seeded {Categories[random.Next(Categories.Length)]} issue",
            Description = "Seeded for the dashboard tests.", Category = Categories[random.Next(Categories.Length)], Service = Services[random.Next(Services.Length)],
            Impact = Impact.Medium, Urgency = Urgency.Medium, Priority = level.Priority, Requester = requester,
            CreatedAt = default, UpdatedAt = default, Sla = sla,
        };
        clock.Set(createdAt);
        var ticket = await store.CreateAsync(new TicketDraft(kind, template, Event(createdAt, requester, TicketEventKind.Created)), null, CancellationToken.None);
        // The card's thread in the agents' channel, as the outbox records it once posted: the dashboard links to it.
        var root = createdAt.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        ticket = await store.RecordCardAsync(ticket.Number, TicketCardSlot.QueueThread, new PostedCard($"{QueueChannel};messageid={root}", root), CancellationToken.None) ?? ticket;

        // Answered within 0.1 to 1.4 times the response target (later than the target for some), if that is already past.
        var respondedAt = createdAt + level.Response * (0.1 + 1.3 * random.NextDouble());
        var age = Now - createdAt;
        var staysNew = age < level.Response * 2 && random.NextDouble() < 0.6 || random.NextDouble() < 0.02;
        if (respondedAt >= Now || staysNew)
        {
            return;
        }

        var agent = Agents[random.Next(Agents.Length)];
        ticket = await UpdateAsync(ticket with { Status = TicketStatus.InProgress, Assignee = agent, Sla = sla with { RespondedAt = respondedAt } }, respondedAt, agent, TicketEventKind.Assigned);
        if (random.NextDouble() < 0.08)
        {
            agent = Agents[random.Next(Agents.Length)];
            ticket = await UpdateAsync(ticket with { Assignee = agent }, respondedAt.AddMinutes(20), agent, TicketEventKind.Assigned);
        }

        var resolvedAt = createdAt + level.Resolution * (0.05 + 1.25 * random.NextDouble());
        if (resolvedAt >= Now || random.NextDouble() < 0.03)
        {
            if (random.NextDouble() < 0.1)
            {
                await UpdateAsync(ticket with { Status = TicketStatus.OnHold, OnHoldReason = OnHoldReason.Vendor }, respondedAt.AddMinutes(30), agent, TicketEventKind.StatusChanged);
            }

            return;
        }

        ticket = await UpdateAsync(ticket with { Status = TicketStatus.Resolved, ResolvedAt = resolvedAt }, resolvedAt, agent, TicketEventKind.Resolved);
        if (random.NextDouble() < 0.06 && resolvedAt.AddHours(30) < Now)
        {
            ticket = await UpdateAsync(ticket with { Status = TicketStatus.InProgress, ResolvedAt = null }, resolvedAt.AddHours(6), ticket.Requester, TicketEventKind.Reopened);
            resolvedAt = resolvedAt.AddHours(24);
            ticket = await UpdateAsync(ticket with { Status = TicketStatus.Resolved, ResolvedAt = resolvedAt }, resolvedAt, agent, TicketEventKind.Resolved);
        }

        if (random.NextDouble() < 0.4 && resolvedAt.AddHours(2) < Now)
        {
            var rating = random.NextDouble() switch { < 0.05 => 1, < 0.1 => 2, < 0.2 => 3, < 0.5 => 4, _ => 5 };
            await UpdateAsync(ticket with { Rating = rating }, resolvedAt.AddHours(2), ticket.Requester, TicketEventKind.Rated);
        }
    }

    private (Priority Priority, int Weight, TimeSpan Response, TimeSpan Resolution) Pick()
    {
        var roll = random.Next(Levels.Sum(l => l.Weight));
        foreach (var level in Levels)
        {
            roll -= level.Weight;
            if (roll < 0)
            {
                return level;
            }
        }

        return Levels[^1];
    }

    private async Task<Ticket> UpdateAsync(Ticket changed, DateTimeOffset at, TicketPerson actor, TicketEventKind kind)
    {
        clock.Set(at);
        var result = await store.UpdateAsync(changed, Event(at, actor, kind), null, CancellationToken.None);
        return result.Outcome == TicketUpdateOutcome.Updated ? result.Ticket! : throw new InvalidOperationException($"Seeding {changed.Number}: {result.Outcome}");
    }

    private static TicketEvent Event(DateTimeOffset at, TicketPerson actor, TicketEventKind kind) => new(at, actor, kind, []);
}
