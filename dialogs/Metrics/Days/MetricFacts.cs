using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Metrics.Days;

/// <summary>
/// A ticket's <see cref="MetricFact"/>s, split by whether they depend on the time they are read at. What a finished
/// ticket adds never does, nor does an open incident's creation: those are <see cref="Stored"/> by day as the ticket
/// changes. An open ticket's targets do (a target not met becomes an open breach when its due time passes): those are
/// <see cref="Live"/>, computed from the open tickets at each read.
/// </summary>
public static class MetricFacts
{
    public static IReadOnlyList<MetricFact> Stored(TicketFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var ticket = facts.Ticket;
        var stored = new List<MetricFact>(4);
        if (ticket.Kind == TicketKind.Incident)
        {
            stored.Add(new MetricFact(MetricFactKind.Created, ticket.CreatedAt, ticket.Priority) { Category = ticket.Category, Service = ticket.Service });
        }

        if (ticket.Status.IsOpen())
        {
            return stored;
        }

        if (ticket.Kind == TicketKind.Incident && facts.ResolvedAt is { } resolved)
        {
            stored.Add(new MetricFact(MetricFactKind.Resolved, resolved, ticket.Priority)
            {
                CreatedAt = ticket.CreatedAt, RespondedAt = facts.RespondedAt, PausedTotal = ticket.Sla?.PausedTotal ?? TimeSpan.Zero,
                FirstContact = facts.ResolvedAtFirstContact, Rating = facts.CurrentRating, Reopened = facts.Reopened,
            });
        }

        // A finished ticket's targets are settled by what happened to it, whatever the time: any instant will do.
        AddSettled(stored, MetricFactKind.ResponseSla, SlaOutcome.Response(facts, DateTimeOffset.MaxValue), ticket.Priority);
        AddSettled(stored, MetricFactKind.ResolutionSla, SlaOutcome.Resolution(facts, DateTimeOffset.MaxValue), ticket.Priority);
        return stored;
    }

    public static IReadOnlyList<MetricFact> Live(TicketFacts facts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var live = new List<MetricFact>(2);
        if (facts.Ticket.Status.IsOpen())
        {
            AddSettled(live, MetricFactKind.ResponseSla, SlaOutcome.Response(facts, now), facts.Ticket.Priority);
            AddSettled(live, MetricFactKind.ResolutionSla, SlaOutcome.Resolution(facts, now), facts.Ticket.Priority);
        }

        return live;
    }

    /// <summary>The UTC day a fact belongs to.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    private static void AddSettled(List<MetricFact> facts, MetricFactKind kind, SlaOutcome? outcome, Priority priority)
    {
        if (outcome is not null)
        {
            facts.Add(new MetricFact(kind, outcome.SettledAt, priority) { Met = outcome.Met, OpenBreach = outcome.OpenBreach });
        }
    }
}
