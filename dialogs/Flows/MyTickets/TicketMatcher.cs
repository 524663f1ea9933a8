using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Flows.MyTickets;

/// <summary>
/// Finds which of an employee's tickets a sentence is about ("my printer ticket", "ma demande pour Visio"): the
/// sentence's words against each ticket's title, description, category, service and access resource names in both
/// languages (a typo or a word ending allowed), plus the product and category the recogniser found in the sentence.
/// </summary>
internal sealed partial class TicketMatcher(IncidentCatalogue? incidents, AccessCatalogue? access)
{
    /// <summary>A request ticket is meant more likely when the sentence speaks of access, a licence or an approval.</summary>
    private const double RequestKindBonus = 1;

    private static readonly HashSet<string> RequestWords = new(StringComparer.Ordinal)
    {
        "access", "acces", "licence", "license", "licences", "licenses", "approve", "approved", "approval", "approver",
        "permission", "permissions", "rights", "droits", "droit", "valide", "validee", "validation", "approuve", "approuvee",
    };

    /// <summary>
    /// Words for the computer itself ("my pc ticket", "mon ordi"): they name the laptop or desktop ticket, not the screen
    /// or the dock of the same category, whatever the ticket's own wording.
    /// </summary>
    private static readonly HashSet<string> ComputerWords = new(StringComparer.Ordinal)
    {
        "pc", "computer", "ordi", "ordinateur", "machine", "laptop", "portable", "desktop", "notebook", "thinkpad", "macbook",
    };

    private static readonly HashSet<string> ComputerServices = new(StringComparer.OrdinalIgnoreCase) { "laptop", "desktop" };

    /// <summary>What a computer word adds to a laptop or desktop ticket: as much as the same word in its title.</summary>
    private const double ComputerWordScore = 1;

    private readonly TicketThings _things = new(access);

    /// <summary>What a short word earns on the same word with an ending of one or two letters that names no thing.</summary>
    private double ShortForm(string word, List<string> words) =>
        words.Any(other => SameShortStem(word, other) && _things.Of(other) is null) ? 0.7 : 0;

    /// <summary>Below this a ticket is not a candidate at all.</summary>
    private const double MinScore = 0.7;

    /// <summary>A candidate this far ahead of the next (and this many times its score) is the one meant.</summary>
    private const double ClearMargin = 1;

    private const int MaxCandidates = 5;

    /// <summary>What the product the recogniser found adds when it is the ticket's.</summary>
    private const double ServiceHintScore = 1.5;

    /// <summary>The tickets the sentence may name, best first: one when it is clear, several when not, none when nothing fits.</summary>
    public IReadOnlyList<Ticket> Match(IReadOnlyList<string> subject, Recognition recognition, IReadOnlyList<Ticket> tickets, string? text = null)
    {
        var asksRequest = TextFolding.Words(text).Any(RequestWords.Contains);
        var namesThing = subject.Any(w => _things.Of(w) is not null);

        // "my access request" names only the kind of ticket; "my badge access request" names a thing besides.
        var onlyKind = subject.All(RequestWords.Contains);
        var scored = tickets
            .Where(t => !NamesSomethingElse(subject, t))
            .Select(t => (Ticket: t, Parts: Score(subject, recognition, t, text)))

            // A thing named that no word of the ticket meets ("my keyboard ticket" beside a laptop ticket of the same
            // category): the category alone is too weak to show that ticket as the one meant; its product is enough.
            // Only when, where or which one ("at home", "second") is no word of the ticket met either.
            .Where(s => s.Parts.Strong > 0 || s.Parts.Hints >= ServiceHintScore || !namesThing)
            // Met only by the recogniser's category (its product is strong enough), while the sentence names something the ticket never
            // mentions ("my ticket about the broken projector in room 2" beside a Teams ticket): another ticket is
            // meant, maybe one the employee does not have, so it is said that none is about that rather than shown.
            .Where(s => s.Parts.Strong > 0 || s.Parts.Hints >= ServiceHintScore || !Unexplained(subject, s.Ticket))
            // Speaking of access or approval favours a request the sentence points at, or any when it names nothing else.
            .Select(s => (s.Ticket, Score: s.Parts.Words + s.Parts.Hints + (s.Ticket.Status.IsOpen() ? 0.1 : 0)
                + (asksRequest && s.Ticket.Kind == TicketKind.Request && (s.Parts.Words + s.Parts.Hints > 0 || onlyKind) ? RequestKindBonus : 0)))
            .Where(s => s.Score >= MinScore)
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.Ticket.UpdatedAt)
            .ToList();
        if (scored.Count <= 1)
        {
            return [.. scored.Select(s => s.Ticket)];
        }

        var (best, second) = (scored[0].Score, scored[1].Score);
        if (best - second >= ClearMargin && best >= 1.5 * second)
        {
            return [scored[0].Ticket];
        }

        return [.. scored.Where(s => s.Score >= best * 0.6).Take(MaxCandidates).Select(s => s.Ticket)];
    }

    /// <summary>
    /// The sentence names a thing ("onedrive", "scanner", "github") that the ticket is not about, and no thing the
    /// ticket is about: another ticket is meant, maybe one the employee does not have.
    /// </summary>
    private bool NamesSomethingElse(IReadOnlyList<string> subject, Ticket ticket)
    {
        var (conflicts, anchors) = (0, 0);
        List<string>? words = null;
        foreach (var word in subject)
        {
            if (_things.Of(word) is not { } thing)
            {
                continue;
            }

            words ??= [.. TextFolding.Words(string.Join(' ', [ticket.Title, .. Names(ticket)])), .. TextFolding.Words(ticket.Description)];
            var service = ticket.Access?.ResourceId ?? ticket.Service;
            if (Best(word, words) >= 0.7 || (thing.Service is not null && string.Equals(thing.Service, service, StringComparison.OrdinalIgnoreCase))
                || _things.Besides(word).Any(other => words.Contains(other, StringComparer.Ordinal)))
            {
                anchors++;
            }
            else if (thing.Service is not null || thing.Category is null || ticket.Kind == TicketKind.Request
                || !string.Equals(thing.Category, ticket.Category, StringComparison.OrdinalIgnoreCase))
            {
                conflicts++;
            }
        }

        return conflicts > 0 && anchors == 0;
    }

    /// <summary>Words this long or longer are the sentence's own subject, not a filler of a follow-up.</summary>
    private const int SubjectWordLength = 5;

    /// <summary>A word of the subject that neither the ticket nor what it is about says, in any form or language.</summary>
    private bool Unexplained(IReadOnlyList<string> subject, Ticket ticket)
    {
        var words = TextFolding.Words(string.Join(' ', [ticket.Title, ticket.Description, .. Names(ticket)]));
        return subject.Any(word => word.Length >= SubjectWordLength
            && !Context.Contains(word) && !Modifiers.Contains(word) && !ComputerWords.Contains(word) && !RequestWords.Contains(word)
            && !word.All(char.IsAsciiDigit)
            && Best(word, words) < 0.7
            && !words.Any(o => SameShortStem(word, o))
            && !TicketWordsAcross.Of(word).Any(other => Exact(other, words) > 0));
    }

    /// <summary>What the sentence's own words earn on the ticket, and what the recogniser's product and category add.</summary>
    private (double Words, double Strong, double Hints) Score(IReadOnlyList<string> subject, Recognition recognition, Ticket ticket, string? text)
    {
        // The category's own names ("Poste de travail", "Workstation") are every ticket of that category's: the category
        // hint counts them once, a word meeting them says nothing of which ticket.
        var names = TextFolding.Words(string.Join(' ', Names(ticket, withCategory: false)));
        var title = TextFolding.Words(ticket.Title);
        var description = Unset(TextFolding.Words(ticket.Description.Length > 600 ? ticket.Description[..600] : ticket.Description));
        double Own(string word)
        {
            var own = Math.Max(Math.Max(Best(word, title), Best(word, names)), 0.6 * Best(word, description));
            if (own == 0 && word.Length < 5 && _things.Of(word) is null)
            {
                // A short word and its plural ("call", "calls"), never a product's name ("team" is not Teams).
                own = Math.Max(ShortForm(word, title), 0.6 * ShortForm(word, description));
            }

            foreach (var other in TicketWordsAcross.Of(word))
            {
                own = Math.Max(own, TicketWordsAcross.Weight * Math.Max(Math.Max(Exact(other, title), Exact(other, names)), 0.6 * Exact(other, description)));
            }

            return own;
        }

        var said = TextFolding.Words(text);
        var (score, strong) = (0.0, 0.0);
        foreach (var word in subject)
        {
            if (ComputerWords.Contains(word) && PartOfAnotherName(word, said, subject, Own))
            {
                // "téléphone portable", "coffee machine": that other thing's name, in no language the computer.
                continue;
            }

            var named = ComputerWords.Contains(word) && ticket.Service is { } ticketService && ComputerServices.Contains(ticketService) ? ComputerWordScore : 0;

            // When, where and which one ("home", "second", "big") say something of any ticket: never enough alone.
            var weak = Context.Contains(word) || Modifiers.Contains(word);
            var own = Own(word) * (weak ? WeakWordShare : 1);
            score += Math.Max(own, named);
            strong += weak ? named : Math.Max(own, named);
        }

        var hints = 0.0;
        if (recognition.ServiceHint is { } service && NamesService(text, service)
            && (string.Equals(service, ticket.Service, StringComparison.OrdinalIgnoreCase)
                || string.Equals(service, ticket.Access?.ResourceId, StringComparison.OrdinalIgnoreCase)))
        {
            hints += ServiceHintScore;
        }

        if (recognition.CategoryHint is { } category && string.Equals(category, ticket.Category, StringComparison.OrdinalIgnoreCase))
        {
            hints += 1;
        }

        return (score, strong, hints);
    }

    /// <summary>Words before a thing that make it where the problem happens: "flickers when it is on the dock".</summary>
    private static readonly HashSet<string> SettingWords = new(StringComparer.Ordinal)
    {
        "on", "in", "with", "when", "while", "during", "via", "sur", "dans", "avec", "quand", "lorsque", "pendant",
    };

    /// <summary>
    /// The description without the things it names only as a setting: the screen ticket "flickers when it is on the
    /// dock" is not the ticket about a broken docking station.
    /// </summary>
    private List<string> Unset(List<string> words)
    {
        var kept = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var set = false;
            for (var k = i - 1; k >= Math.Max(0, i - 3) && !set; k--)
            {
                set = SettingWords.Contains(words[k]);
            }

            if (!set || _things.Of(words[i]) is null)
            {
                kept.Add(words[i]);
            }
        }

        return kept;
    }

    /// <summary>
    /// Whether the sentence names the product itself: a service the recogniser only inferred ("docking station" falls in
    /// the screen and accessories, "my pc" is taken for a laptop) says nothing of which ticket is meant.
    /// </summary>
    private static bool NamesService(string? text, string service) =>
        text is null || string.Equals(TopicReader.Read(TextFolding.Words(text), namedOnly: true).Service, service, StringComparison.OrdinalIgnoreCase);

    /// <summary>What the ticket is about, in both languages: category and service names, the access resource's names and aliases.</summary>
    private IEnumerable<string> Names(Ticket ticket, bool withCategory = true)
    {
        if (ticket.Access is { } request && access?.Find(request.ResourceId) is { } resource)
        {
            return [resource.Id, resource.Name.En, resource.Name.Fr, .. resource.Aliases];
        }

        if (incidents?.Find(ticket.Category) is not { } category)
        {
            return [ticket.Category, ticket.Service ?? string.Empty];
        }

        var service = IncidentCatalogue.ServiceOf(category, ticket.Service);
        var names = new List<string>();
        if (withCategory || service is null)
        {
            names.Add(ticket.Category);
            names.AddRange(category.Name.Values);
        }

        if (service is not null)
        {
            names.Add(service.Id);
            names.AddRange(service.Name.Values);
        }

        return names;
    }
}
