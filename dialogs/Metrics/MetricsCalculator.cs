using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Metrics;

/// <summary>
/// The metrics' definitions, as pure arithmetic over tickets already read:
/// <list type="bullet">
/// <item>cohort: the incidents created in [from, to); backlog: the open tickets given (incidents and requests), now;</item>
/// <item>MTTA / MTTR per (current) priority: mean wall-clock minutes from creation to <see cref="TicketFacts.RespondedAt"/>
/// / <see cref="TicketFacts.ResolvedAt"/>, over the cohort tickets that have one;</item>
/// <item>SLA compliance: response met when responded at or before <see cref="SlaState.ResponseDue"/>, over the responded
/// tickets with a clock; resolution met when resolved at or before <see cref="SlaState.ResolutionDue"/> (already pushed
/// by on-hold pauses), over the resolved tickets with a clock;</item>
/// <item>first-contact resolution: <see cref="TicketFacts.ResolvedAtFirstContact"/> over the resolved tickets;</item>
/// <item>deflection: helpful answers in the period / (helpful answers + incidents created);</item>
/// <item>CSAT: mean of the 1–5 ratings of the cohort and the share of 4–5 among the rated.</item>
/// </list>
/// </summary>
public static class MetricsCalculator
{
    public static ServiceMetrics Calculate(
        DateTimeOffset from, DateTimeOffset to, DateTimeOffset now,
        IEnumerable<TicketFacts> created, IEnumerable<Ticket> open, DeflectionCounts deflections)
    {
        ArgumentNullException.ThrowIfNull(deflections);
        var cohort = created.Where(f => f.Ticket.Kind == TicketKind.Incident && f.Ticket.CreatedAt >= from && f.Ticket.CreatedAt < to).ToList();
        var resolved = cohort.Where(f => f.ResolvedAt is not null).ToList();
        var responded = cohort.Where(f => f.RespondedAt is not null).ToList();
        var ratings = cohort.Select(f => f.Ticket.Rating).OfType<int>().Where(r => r is >= 1 and <= 5).ToList();

        return new ServiceMetrics(
            from, to, now, cohort.Count,
            BacklogOf(open),
            [.. Enum.GetValues<Priority>().Select(p => TimesOf(p, cohort.Where(f => f.Ticket.Priority == p).ToList()))],
            new Rate(
                responded.Count(f => f.Ticket.Sla is { } sla && f.RespondedAt <= sla.ResponseDue),
                responded.Count(f => f.Ticket.Sla is not null)),
            new Rate(
                resolved.Count(f => f.Ticket.Sla is { } sla && f.ResolvedAt <= sla.ResolutionDue),
                resolved.Count(f => f.Ticket.Sla is not null)),
            new Rate(resolved.Count(f => f.ResolvedAtFirstContact), resolved.Count),
            new DeflectionRate(deflections.Helpful, deflections.NotHelpful, cohort.Count),
            new Csat(
                ratings.Count,
                ratings.Count == 0 ? null : Math.Round(ratings.Average(), 2),
                ratings.Count == 0 ? null : Math.Round(100.0 * ratings.Count(r => r >= 4) / ratings.Count, 1)));
    }

    private static Backlog BacklogOf(IEnumerable<Ticket> open)
    {
        var counts = open.Where(t => t.Status.IsOpen())
            .GroupBy(t => (t.Status, t.Priority))
            .Select(g => new BacklogCount(g.Key.Status, g.Key.Priority, g.Count()))
            .OrderBy(c => c.Status).ThenBy(c => c.Priority)
            .ToList();
        return new Backlog(counts.Sum(c => c.Count), counts);
    }

    private static PriorityTimes TimesOf(Priority priority, List<TicketFacts> tickets)
    {
        var acknowledge = tickets.Where(f => f.RespondedAt is not null).Select(f => (f.RespondedAt!.Value - f.Ticket.CreatedAt).TotalMinutes).ToList();
        var resolve = tickets.Where(f => f.ResolvedAt is not null).Select(f => (f.ResolvedAt!.Value - f.Ticket.CreatedAt).TotalMinutes).ToList();
        return new PriorityTimes(priority, tickets.Count, acknowledge.Count, Mean(acknowledge), resolve.Count, Mean(resolve));
    }

    private static double? Mean(List<double> minutes) => minutes.Count == 0 ? null : Math.Round(minutes.Average(), 1);
}
