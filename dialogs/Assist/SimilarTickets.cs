using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Assist;

/// <summary>
/// Tickets like this one, open and resolved, by the words of their titles and descriptions: the words they share, the
/// rarer among the candidates the more they count, short and common words aside. With an embedding model, also by
/// meaning ("screen stays black" and "monitor shows no signal" share no word): the <see cref="Compared"/> latest
/// candidates gain up to <see cref="MeaningWeight"/> by how close they are. Only tickets of the same tenant; at most
/// <see cref="Shown"/>, best first.
/// </summary>
internal sealed class SimilarTickets(ITicketStore tickets, IMeaningSimilarity meaning)
{
    public const int Shown = 5;

    /// <summary>Candidates compared by meaning (the latest): one bounded call per click.</summary>
    public const int Compared = 200;

    /// <summary>What a perfect match in meaning adds; half of it alone makes a ticket similar (the words need 1).</summary>
    public const double MeaningWeight = 2;

    /// <summary>The most of a ticket's text compared by meaning.</summary>
    private const int MaxTextLength = 1_000;

    /// <summary>Tickets read per status (the store's first page only): the search stays cheap on a large store.</summary>
    private const int PerStatus = 200;

    private static readonly TicketStatus[] Searched =
        [TicketStatus.New, TicketStatus.Approved, TicketStatus.InProgress, TicketStatus.OnHold, TicketStatus.Resolved, TicketStatus.Closed];

    private static readonly HashSet<string> Common = new(CommonWords.All, StringComparer.Ordinal);

    public async Task<IReadOnlyList<Ticket>> FindAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var words = Words(ticket);
        if (words.Count == 0 && !meaning.Available)
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
        var close = await MeaningAsync(ticket, [.. candidates.Select(c => c.Ticket)], cancellationToken).ConfigureAwait(false);
        return [.. candidates
            .Select(c => (c.Ticket, Score: c.Words.Where(words.Contains).Sum(w => 1.0 / frequency[w]) + (c.Ticket.Service is { } s && s == ticket.Service ? 0.5 : 0)
                + (MeaningWeight * close.GetValueOrDefault(c.Ticket.Number))))
            .Where(c => c.Score >= 1)
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.Ticket.CreatedAt)
            .Take(Shown)
            .Select(c => c.Ticket)];
    }

    /// <summary>How close in meaning the latest candidates are, by ticket; empty without an embedding model.</summary>
    private async Task<Dictionary<TicketNumber, double>> MeaningAsync(Ticket ticket, IReadOnlyList<Ticket> candidates, CancellationToken cancellationToken)
    {
        if (!meaning.Available || candidates.Count == 0)
        {
            return [];
        }

        var compared = candidates.OrderByDescending(t => t.CreatedAt).Take(Compared).ToList();
        var scores = await meaning.CompareAsync(Text(ticket), [.. compared.Select(Text)], cancellationToken).ConfigureAwait(false);
        return scores is null || scores.Count != compared.Count
            ? []
            : compared.Select((t, i) => (t.Number, Score: scores[i])).ToDictionary(p => p.Number, p => p.Score);
    }

    private static string Text(Ticket ticket)
    {
        var text = ticket.Title + "\n" + ticket.Description;
        return text.Length > MaxTextLength ? text[..MaxTextLength] : text;
    }

    private static HashSet<string> Words(Ticket ticket) =>
        TextFolding.Words(ticket.Title + " " + ticket.Description).Where(w => w.Length > 2 && !Common.Contains(w)).ToHashSet(StringComparer.Ordinal);
}
