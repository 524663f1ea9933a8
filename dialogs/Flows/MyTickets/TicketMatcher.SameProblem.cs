using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Flows.MyTickets;

// Whether a problem stated as new is the problem of an open ticket: what the duplicate offer asks before it is made.
internal sealed partial class TicketMatcher
{
    /// <summary>
    /// Whether the sentence says something of the problem itself (not only the thing it is about) that the ticket says
    /// too: "flickering", "blank pages", "disconnecting… home". A laptop that does not start and a laptop slow to start
    /// share only the laptop: another problem, maybe. So does a sentence naming another thing than the ticket's, even of
    /// its category (a mouse that freezes beside a screen that flickers), and words said of any problem ("keeps",
    /// "every few seconds", "each page") meet nothing.
    /// </summary>
    public bool SharesSymptom(IReadOnlyList<string> subject, Ticket ticket)
    {
        var names = TextFolding.Words(string.Join(' ', Names(ticket)));
        var own = TextFolding.Words(ticket.Title + " " + (ticket.Description.Length > 600 ? ticket.Description[..600] : ticket.Description));
        if (AboutAnotherThing(subject, ticket, [.. names, .. own]))
        {
            return false;
        }

        foreach (var word in subject)
        {
            // A thing word is what the ticket is about, not its symptom, unless it is another thing the ticket's own
            // words mention: "Outlook keeps asking for my password" has the password as its symptom.
            var thing = _things.Of(word);
            if (word.Length < 4 || ComputerWords.Contains(word) || Context.Contains(word) || Modifiers.Contains(word) || AnyProblem.Contains(word)
                || Best(word, names) >= 0.7
                || (thing is not null && (thing.Value.Service is null || string.Equals(thing.Value.Service, ticket.Service, StringComparison.OrdinalIgnoreCase))))
            {
                continue;
            }

            if (Best(word, own) >= 0.7 || own.Any(o => SameShortStem(word, o)) || TicketWordsAcross.Of(word).Any(other => Exact(other, own) > 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The sentence names a thing (a device, a product, a resource) and none that the ticket is about: "my mouse" beside
    /// the screen ticket, though both are the workstation's, is not the screen.
    /// </summary>
    private bool AboutAnotherThing(IReadOnlyList<string> subject, Ticket ticket, List<string> words)
    {
        var (others, same) = (0, 0);
        var service = ticket.Access?.ResourceId ?? ticket.Service;
        foreach (var word in subject)
        {
            if (_things.Of(word) is not { } thing)
            {
                continue;
            }

            if (Best(word, words) >= 0.7 || TicketWordsAcross.Of(word).Any(other => Exact(other, words) > 0)
                || (thing.Service is not null && string.Equals(thing.Service, service, StringComparison.OrdinalIgnoreCase))
                || _things.Besides(word).Any(other => words.Contains(other, StringComparer.Ordinal)))
            {
                same++;
            }
            else
            {
                others++;
            }
        }

        return others > 0 && same == 0;
    }
}
