using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Assist;

/// <summary>
/// Tickets like this one, open and resolved, by the words of their titles and descriptions (no embedding model): the
/// words they share, the rarer among the candidates the more they count, short and common words aside. Only tickets
/// of the same tenant; at most <see cref="Shown"/>, best first.
/// </summary>
internal sealed class SimilarTickets(ITicketStore tickets)
{
    public const int Shown = 5;

    /// <summary>Tickets read per status (the store's first page only): the search stays cheap on a large store.</summary>
    private const int PerStatus = 200;

    private static readonly TicketStatus[] Searched =
        [TicketStatus.New, TicketStatus.Approved, TicketStatus.InProgress, TicketStatus.OnHold, TicketStatus.Resolved, TicketStatus.Closed];

    private static readonly HashSet<string> Common = new(CommonWords.All, StringComparer.Ordinal);

    public async Task<IReadOnlyList<Ticket>> FindAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var words = Words(ticket);
        if (words.Count == 0)
        {
            return [];
        }

        var candidates = new List<(Ticket Ticket, HashSet<string> Words)>();
        foreach (var status in Searched)
        {
            var page = await tickets.ListByStatusAsync(status, PerStatus, null, cancellationToken).ConfigureAwait(false);
            candidates.AddRange(page.Tickets
                .Where(t => t.Number != ticket.Number && string.Equals(t.TenantId, ticket.TenantId, StringComparison.OrdinalIgnoreCase))
                .Select(t => (t, Words(t))));
        }

        // A word found in many candidates ("error", "problem") says little about this one.
        var frequency = candidates.SelectMany(c => c.Words).Where(words.Contains).CountBy(w => w).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return [.. candidates
            .Select(c => (c.Ticket, Score: c.Words.Where(words.Contains).Sum(w => 1.0 / frequency[w]) + (c.Ticket.Service is { } s && s == ticket.Service ? 0.5 : 0)))
            .Where(c => c.Score >= 1)
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.Ticket.CreatedAt)
            .Take(Shown)
            .Select(c => c.Ticket)];
    }

    private static HashSet<string> Words(Ticket ticket) =>
        TextFolding.Words(ticket.Title + " " + ticket.Description).Where(w => w.Length > 2 && !Common.Contains(w)).ToHashSet(StringComparer.Ordinal);
}
