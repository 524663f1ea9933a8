using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// Finds a ticket number anywhere in typed text, the way people write it: "INC-000123", "inc123",
/// "REQ 45", "req_000310", "l'INC-001234", "#INC-7". The prefix must start a word and the digits end it,
/// so "incident 3" or "inc123abc" are not numbers. One pass over the text, no regular expression.
/// </summary>
internal static partial class TicketNumberFinder
{
    private const int MaxDigits = 12;
    private const int MaxSeparators = 3;

    public static TicketNumber? Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        for (var i = 0; i + 3 < text.Length; i++)
        {
            if ((i > 0 && char.IsLetterOrDigit(text[i - 1])) || PrefixAt(text, i) is not { } kind)
            {
                continue;
            }

            if (DigitsAfter(text, i + 3) is { } sequence)
            {
                return new TicketNumber(kind, sequence);
            }
        }

        return null;
    }

    /// <summary>
    /// The prefix and the number apart, in either order ("ticket 456 INC status"): a word "inc" or "req" and exactly one
    /// number of digits only among the folded words.
    /// </summary>
    public static TicketNumber? FindLoose(IReadOnlyList<string> words)
    {
        TicketKind? kind = null;
        long? sequence = null;
        foreach (var word in words)
        {
            if (word is "inc" or "req")
            {
                kind ??= word == "inc" ? TicketKind.Incident : TicketKind.Request;
            }
            else if (word.Length <= MaxDigits && IsDigits(word))
            {
                if (sequence is not null)
                {
                    return null;
                }

                sequence = long.Parse(word, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return kind is { } k && sequence is > 0 ? new TicketNumber(k, sequence.Value) : null;
    }

    private static bool IsDigits(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static TicketKind? PrefixAt(string text, int i)
    {
        if (string.Compare(text, i, "INC", 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
        {
            return TicketKind.Incident;
        }

        return string.Compare(text, i, "REQ", 0, 3, StringComparison.OrdinalIgnoreCase) == 0 ? TicketKind.Request : null;
    }

    private static long? DigitsAfter(string text, int start)
    {
        var i = start;
        while (i < text.Length && i - start < MaxSeparators && text[i] is '-' or ' ' or '_' or '#' or ':' or '.' or '\u00A0' or '–')
        {
            i++;
        }

        long sequence = 0;
        var digits = 0;
        for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
        {
            if (++digits > MaxDigits)
            {
                return null;
            }

            sequence = (sequence * 10) + (text[i] - '0');
        }

        var endsWord = i == text.Length || !char.IsLetterOrDigit(text[i]);
        return digits > 0 && sequence > 0 && endsWord ? sequence : null;
    }
}
