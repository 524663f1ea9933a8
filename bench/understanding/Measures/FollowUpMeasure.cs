using ServiceDesk.Bench.Understanding.Reporting;
using ServiceDesk.Bench.Understanding.Sets;

namespace ServiceDesk.Bench.Understanding.Measures;

/// <summary>
/// A question about one of my tickets, asked by an employee who has the seeded tickets: right when that ticket's number
/// is shown and no other of theirs (a list of all is not an answer); a new form opened or a ticket filed is a duplicate
/// in the making or made.
/// </summary>
internal static class FollowUpMeasure
{
    public static async Task<FollowUpFigures> RunAsync(Probe probe, IReadOnlyList<FollowUp> messages, CancellationToken cancellationToken)
    {
        var right = new List<bool>();
        var honest = new List<bool>();
        var misses = new List<Confusion>();
        var forms = 0;
        var created = 0;
        foreach (var message in messages)
        {
            var chat = probe.NewChat(Probe.LocaleOf(message.Language));
            await chat.SeedAsync(cancellationToken).ConfigureAwait(false);
            var seen = await chat.SayAsync(message.Text, cancellationToken).ConfigureAwait(false);
            var shown = chat.Seeded.Where(s => seen.Shows(s.Value.ToString())).Select(s => s.Key).ToList();
            forms += Probe.OpensRequest(seen) ? 1 : 0;
            created += chat.Created.Count;
            var ok = message.Ticket == FollowUp.NotMine ? shown.Count != 1 : shown.Count == 1 && shown[0] == message.Ticket;
            (message.Ticket == FollowUp.NotMine ? honest : right).Add(ok);
            if (!ok)
            {
                var got = shown.Count == 0 ? seen.Summary() : string.Join("+", shown);
                misses.Add(new Confusion(message.Ticket, got, message.Language, message.Text));
            }
        }

        return new FollowUpFigures(Ratio.Of(right), Ratio.Of(honest), forms, created, misses);
    }
}
