using System.Collections.Concurrent;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Tickets.Sla;

namespace ServiceDesk.Dialogs.Metrics.Now;

/// <summary>
/// The <see cref="SlaMoments"/> of the open tickets, kept per ticket version: a request of the dashboard's "now" view
/// computes them only for the tickets changed since the previous one (every change stores a new version, so a kept
/// entry is never stale). Entries of tickets no longer open are dropped once they outnumber the open ones.
/// </summary>
internal sealed class OpenSlaMoments(SlaClock clock)
{
    private volatile ConcurrentDictionary<TicketNumber, (long Version, SlaMoments Moments)> known = new();

    public SlaMoments Of(Ticket ticket)
    {
        var kept = known;
        if (kept.TryGetValue(ticket.Number, out var entry) && entry.Version == ticket.Version)
        {
            return entry.Moments;
        }

        var moments = SlaMoments.Of(ticket, clock);
        kept[ticket.Number] = (ticket.Version, moments);
        return moments;
    }

    /// <summary>Drops the entries of tickets not in <paramref name="open"/> when they are more than half of those kept.</summary>
    public void KeepOnly(IReadOnlyCollection<Ticket> open)
    {
        var kept = known;
        if (kept.Count <= 2 * open.Count)
        {
            return;
        }

        var numbers = open.Select(t => t.Number).ToHashSet();
        known = new ConcurrentDictionary<TicketNumber, (long, SlaMoments)>(kept.Where(e => numbers.Contains(e.Key)));
    }

    /// <summary>How many versions are kept (tests).</summary>
    internal int Count => known.Count;
}
