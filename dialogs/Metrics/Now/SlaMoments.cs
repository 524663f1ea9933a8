using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Tickets.Sla;

namespace ServiceDesk.Dialogs.Metrics.Now;

/// <summary>
/// When one version of a ticket becomes at risk and when it becomes breached, as <c>tickets at risk|breached</c>
/// judges them (<see cref="Agents.TicketList.TicketListReader.SlaAt"/>): the notices already sent count from the start,
/// the pending ones from their milestone. Both only depend on the ticket, so they are computed once per version and
/// <see cref="At"/> answers for any instant with two comparisons instead of the business calendar's arithmetic.
/// </summary>
internal readonly record struct SlaMoments(DateTimeOffset AtRiskFrom, DateTimeOffset BreachedFrom)
{
    private const SlaNotices Breaches = SlaNotices.ResponseBreached | SlaNotices.ResolutionBreached;
    private const SlaNotices Risks = SlaNotices.ResponseAtRisk | SlaNotices.ResolutionAtRisk;

    /// <summary>Never at risk nor breached: no target, or not open.</summary>
    public static readonly SlaMoments Never = new(DateTimeOffset.MaxValue, DateTimeOffset.MaxValue);

    public static SlaMoments Of(Ticket ticket, SlaClock clock)
    {
        if (ticket.Sla is not { } state || !ticket.Status.IsOpen())
        {
            return Never;
        }

        // Every milestone not notified yet, whenever it falls: the notices due at an instant are those at or before it.
        var pending = clock.DueNotices(ticket, DateTimeOffset.MaxValue);
        var notified = state.Notified;
        if (state.RespondedAt is not null)
        {
            // Answered in time or not, the response target no longer puts the ticket at risk.
            notified &= ~SlaNotices.ResponseAtRisk;
        }

        var breached = (notified & Breaches) != 0 || state.BreachNotified ? DateTimeOffset.MinValue : First(pending, Breaches, state);
        var atRisk = (notified & Risks) != 0 ? DateTimeOffset.MinValue : First(pending, Risks, state);
        return new SlaMoments(atRisk, breached);
    }

    /// <summary>At risk and breached at <paramref name="now"/>: a breached ticket is not also counted at risk.</summary>
    public (bool AtRisk, bool Breached) At(DateTimeOffset now) =>
        (now >= AtRiskFrom && now < BreachedFrom, now >= BreachedFrom);

    private static DateTimeOffset First(IReadOnlyList<SlaMilestone> pending, SlaNotices kinds, SlaState state)
    {
        var first = DateTimeOffset.MaxValue;
        foreach (var milestone in pending)
        {
            var notice = state.RespondedAt is null ? milestone.Notice : milestone.Notice & ~SlaNotices.ResponseAtRisk;
            if ((notice & kinds) != 0 && milestone.At < first)
            {
                first = milestone.At;
            }
        }

        return first;
    }
}
