using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Problems;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.TestKit;

namespace ServiceDesk.Infra.Tests.Records.Metrics;

/// <summary>
/// Tickets written through the real store over <see cref="Days"/> days before <see cref="Now"/>, with what makes the
/// metrics hard: targets met and missed, due times past midnight, responses only in the history (no SLA record), holds
/// awaiting the requester, reassignments, reopenings (ratings before and after), incidents linked to a problem,
/// cancellations, closures, priority changes, requests, tickets still open (breached or not). Deterministic.
/// </summary>
internal sealed class GeneratedDesk(ITicketStore store, FakeClock clock, int seed)
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 15, 17, 0, TimeSpan.Zero);
    public const int Days = 40;

    private static readonly TicketPerson Requester = new("29:requester", null, "Requester");
    private static readonly TicketPerson[] Agents = [new("29:a1", null, "A1"), new("29:a2", null, "A2"), new("29:a3", null, "A3")];
    private static readonly string[] Categories = ["email", "network", "Printing", "printing"];
    private static readonly string?[] Services = ["VPN", "Outlook", null, "vpn "];

    private readonly Random random = new(seed);

    public List<TicketNumber> Numbers { get; } = [];

    public async Task WriteAsync(int tickets)
    {
        for (var i = 0; i < tickets; i++)
        {
            await WriteOneAsync(Now - TimeSpan.FromMinutes(random.Next(10, Days * 24 * 60)));
        }

        clock.Set(Now);
    }

    /// <summary>Reopens a resolved incident now: its resolution, targets and rating leave the days they were in.</summary>
    public async Task<Ticket?> ReopenOneAsync()
    {
        foreach (var number in Numbers)
        {
            var ticket = (await store.GetAsync(number, default))!;
            if (ticket is { Kind: TicketKind.Incident, Status: TicketStatus.Resolved })
            {
                clock.Set(Now);
                return await UpdateAsync(ticket with { Status = TicketStatus.InProgress, ResolvedAt = null }, Now, Requester, TicketEventKind.Reopened);
            }
        }

        return null;
    }

    private async Task WriteOneAsync(DateTimeOffset created)
    {
        var priority = (Priority)random.Next(1, 6);
        var kind = random.NextDouble() < 0.2 ? TicketKind.Request : TicketKind.Incident;
        var sla = new SlaState(created + TimeSpan.FromHours(random.Next(1, 30)), created + TimeSpan.FromHours(random.Next(4, 120)));
        var template = new Ticket
        {
            Number = default, Version = 0, Status = TicketStatus.New, Title = "Generated", Description = "Generated for the metric days.",
            Category = Categories[random.Next(Categories.Length)], Service = Services[random.Next(Services.Length)],
            Impact = Impact.Medium, Urgency = Urgency.Medium, Priority = priority, Requester = Requester,
            CreatedAt = default, UpdatedAt = default, Sla = sla,
        };
        clock.Set(created);
        var ticket = await store.CreateAsync(new TicketDraft(kind, template, new TicketEvent(created, Requester, TicketEventKind.Created, [])), null, default);
        Numbers.Add(ticket.Number);
        var at = created + Minutes(5, 2000);
        if (at >= Now || random.NextDouble() < 0.1)
        {
            return;
        }

        var agent = Agents[random.Next(Agents.Length)];
        var recorded = random.NextDouble() < 0.7 ? sla with { RespondedAt = at } : sla;
        ticket = await UpdateAsync(ticket with { Status = TicketStatus.InProgress, Assignee = agent, Sla = recorded }, at, agent, TicketEventKind.Assigned);
        at = await MaybeAsync(0.15, at, a => UpdateAsync(ticket with { Assignee = Agents[(Array.IndexOf(Agents, agent) + 1) % Agents.Length] }, a, agent, TicketEventKind.Assigned), t => ticket = t);
        at = await MaybeAsync(0.1, at, a => UpdateAsync(ticket with { Priority = (Priority)random.Next(1, 6) }, a, agent, TicketEventKind.Updated), t => ticket = t);
        at = await MaybeAsync(0.15, at, a => ChangeAsync(ticket, a, agent, new FieldChange(ProblemDesk.LinkField, null, "PRB-000001")), t => ticket = t);
        if (random.NextDouble() < 0.15 && at + TimeSpan.FromHours(3) < Now)
        {
            var held = ticket.Sla! with { PausedSince = at };
            ticket = await UpdateAsync(ticket with { Status = TicketStatus.OnHold, OnHoldReason = OnHoldReason.AwaitingRequester, Sla = held }, at, agent,
                TicketEventKind.StatusChanged, new FieldChange("OnHoldReason", null, nameof(OnHoldReason.AwaitingRequester)));
            var paused = TimeSpan.FromHours(random.Next(1, 3));
            at += paused;
            var resumed = held with { PausedSince = null, PausedTotal = paused, ResolutionDue = held.ResolutionDue + paused };
            ticket = await UpdateAsync(ticket with { Status = TicketStatus.InProgress, OnHoldReason = null, Sla = resumed }, at, agent, TicketEventKind.StatusChanged);
        }

        if (random.NextDouble() < 0.12)
        {
            await MaybeAsync(1, at, a => UpdateAsync(ticket with { Status = TicketStatus.Cancelled, ClosedAt = a }, a, agent, TicketEventKind.StatusChanged), _ => { });
            return;
        }

        await ResolveAsync(ticket, at, agent);
    }

    private async Task ResolveAsync(Ticket ticket, DateTimeOffset at, TicketPerson agent)
    {
        at += Minutes(10, 6000);
        if (at >= Now || random.NextDouble() < 0.1)
        {
            return;
        }

        var done = ticket.Kind == TicketKind.Request ? TicketStatus.Fulfilled : TicketStatus.Resolved;
        ticket = await UpdateAsync(ticket with { Status = done, ResolvedAt = at }, at, agent, TicketEventKind.Resolved);
        at = await MaybeAsync(0.3, at, a => UpdateAsync(ticket with { Rating = random.Next(1, 6) }, a, Requester, TicketEventKind.Rated), t => ticket = t);
        if (done == TicketStatus.Resolved && random.NextDouble() < 0.2)
        {
            at = await MaybeAsync(1, at, a => UpdateAsync(ticket with { Status = TicketStatus.InProgress, ResolvedAt = null }, a, Requester, TicketEventKind.Reopened), t => ticket = t);
            if (ticket.Status == TicketStatus.Resolved)
            {
                return;
            }

            at += Minutes(10, 3000);
            if (at >= Now)
            {
                return;
            }

            ticket = await UpdateAsync(ticket with { Status = TicketStatus.Resolved, ResolvedAt = at }, at, agent, TicketEventKind.Resolved);
            at = await MaybeAsync(0.3, at, a => UpdateAsync(ticket with { Rating = random.Next(1, 6) }, a, Requester, TicketEventKind.Rated), t => ticket = t);
        }

        await MaybeAsync(0.3, at, a => UpdateAsync(ticket with { Status = TicketStatus.Closed, ClosedAt = a }, a, agent, TicketEventKind.StatusChanged), _ => { });
    }

    /// <summary>With probability <paramref name="p"/>, a change a while after <paramref name="at"/> if that is before now; the new instant.</summary>
    private async Task<DateTimeOffset> MaybeAsync(double p, DateTimeOffset at, Func<DateTimeOffset, Task<Ticket>> change, Action<Ticket> changed)
    {
        var next = at + Minutes(5, 600);
        if (random.NextDouble() >= p || next >= Now)
        {
            return at;
        }

        changed(await change(next));
        return next;
    }

    private TimeSpan Minutes(int min, int max) => TimeSpan.FromMinutes(random.Next(min, max));

    private Task<Ticket> ChangeAsync(Ticket ticket, DateTimeOffset at, TicketPerson actor, FieldChange change) =>
        UpdateAsync(ticket, at, actor, TicketEventKind.Updated, change);

    private async Task<Ticket> UpdateAsync(Ticket changed, DateTimeOffset at, TicketPerson actor, TicketEventKind kind, params FieldChange[] changes)
    {
        clock.Set(at);
        var result = await store.UpdateAsync(changed, new TicketEvent(at, actor, kind, changes), null, default);
        return result.Outcome == TicketUpdateOutcome.Updated ? result.Ticket! : throw new InvalidOperationException($"{changed.Number}: {result.Outcome}");
    }
}
