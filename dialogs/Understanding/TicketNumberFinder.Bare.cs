using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Understanding;

// A ticket number typed without its prefix, as people remember it: "#42", "42" alone, "ticket 42", "le ticket n°7".
internal static partial class TicketNumberFinder
{
    /// <summary>Words that say the number after them is a ticket's: "ticket 42", "n° 7", "number 12".</summary>
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "ticket", "tickets", "incident", "request", "case", "number", "nr", "num", "n", "numero", "demande", "requete",
    };

    /// <summary>"a ticket 2 days ago", "la demande 3 fois": a count after the ticket word, not its number.</summary>
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "day", "days", "week", "weeks", "hour", "hours", "h", "min", "mins", "minutes", "ago", "times", "people", "users",
        "jour", "jours", "semaine", "semaines", "heure", "heures", "fois", "personnes", "mois", "months", "month",
    };

    /// <summary>
    /// A number with no INC/REQ prefix that can only be a ticket's: after "#", after a ticket word, or the whole message.
    /// Its kind is a guess (<see cref="TicketKind.Incident"/>, the usual one): the flow also looks for a request of that
    /// number. "10 minutes", "the 2nd floor" or "le ticket du 4" (a day) are never numbers.
    /// </summary>
    public static TicketNumber? FindBare(string? text, IReadOnlyList<string> words)
    {
        if (string.IsNullOrEmpty(text) || words.Count == 0)
        {
            return null;
        }

        if (Hashed(text) is { } hashed)
        {
            return new TicketNumber(TicketKind.Incident, hashed);
        }

        var rank = Rank(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (Sequence(words[i]) is { } sequence && (words.Count == 1 || (i > 0 && NumberWords.Contains(words[i - 1]) && !(rank && words[i - 1] == "n")
                && (i + 1 == words.Count || !Units.Contains(words[i + 1])))))
            {
                return new TicketNumber(TicketKind.Incident, sequence);
            }
        }

        return null;
    }

    /// <summary>
    /// "mon n+1 est ok", "validé par le N+2": a rank in the hierarchy (the manager, the manager's manager), written with
    /// a plus or a minus after "n"; never "n° 7".
    /// </summary>
    private static bool Rank(string text)
    {
        for (var i = 0; i + 2 < text.Length; i++)
        {
            if (text[i] is 'n' or 'N' && text[i + 1] is '+' or '-' && char.IsAsciiDigit(text[i + 2]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"#42", "# 42": digits after a hash sign, ending a word.</summary>
    private static long? Hashed(string text)
    {
        for (var i = text.IndexOf('#', StringComparison.Ordinal); i >= 0 && i + 1 < text.Length; i = text.IndexOf('#', i + 1))
        {
            var start = text[i + 1] == ' ' ? i + 2 : i + 1;
            var end = start;
            while (end < text.Length && char.IsAsciiDigit(text[end]) && end - start < MaxDigits)
            {
                end++;
            }

            if (end > start && (end == text.Length || !char.IsLetterOrDigit(text[end])) && Sequence(text[start..end]) is { } sequence)
            {
                return sequence;
            }
        }

        return null;
    }

    private static long? Sequence(string word) =>
        word.Length is > 0 and <= MaxDigits && IsDigits(word) && long.Parse(word, System.Globalization.CultureInfo.InvariantCulture) is > 0 and var n ? n : null;
}
