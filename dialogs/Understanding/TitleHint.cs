using System.Globalization;
using System.Text;

namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// A short incident title from what the employee typed: greetings, polite openers and command words dropped
/// ("hi, could you please help, ...", "report an incident: ..."), a leading "my"/"mon"/"ma" dropped, first letter upper case,
/// at most 80 characters cut at a word. The words themselves are kept as typed.
/// </summary>
internal static class TitleHint
{
    public const int MaxLength = 80;

    private static readonly HashSet<string> Fluff = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "good", "morning", "afternoon", "evening", "there", "team", "all", "dear", "could", "can",
        "would", "you", "please", "pls", "plz", "help", "me", "kindly", "thanks", "thank", "sorry", "it", "support", "urgent",
        "bonjour", "salut", "bonsoir", "coucou", "svp", "stp", "pouvez", "pourriez", "vous", "m", "aider", "aidez", "moi",
        "merci", "equipe", "la", "l", "le", "excusez", "desole", "urgent", "hola",
    };

    /// <summary>Words of the bot's commands: "report an incident" or "je veux signaler un incident" says nothing to title.</summary>
    private static readonly HashSet<string> Asking = new(StringComparer.Ordinal)
    {
        "i", "want", "to", "id", "like", "need", "report", "declare", "open", "create", "new", "a", "an", "incident", "problem",
        "issue", "ticket", "ask", "question", "have", "je", "j", "veux", "voudrais", "souhaite", "signaler", "declarer", "ouvrir",
        "creer", "poser", "un", "une", "nouvel", "nouveau", "probleme", "ai",
    };

    private static readonly HashSet<string> LeadingPossessives = new(StringComparer.Ordinal) { "my", "mon", "ma", "mes", "our", "notre" };

    public static string? From(string? text, string? locale)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var rest = CollapseSpaces(text.Length > 1_000 ? text[..1_000] : text);
        rest = DropLeadingFluff(rest);
        if (TextFolding.Words(rest).TrueForAll(word => Fluff.Contains(word) || Asking.Contains(word)))
        {
            return null;
        }

        var firstSpace = rest.IndexOf(' ', StringComparison.Ordinal);
        if (firstSpace > 0 && LeadingPossessives.Contains(TextFolding.Fold(rest[..firstSpace])))
        {
            rest = rest[(firstSpace + 1)..];
        }

        rest = rest.TrimEnd('.', '!', '?', '…', ',', ';', ':', ' ').TrimStart('-', '–', ' ');
        if (TextFolding.Words(rest).Count == 0)
        {
            return null;
        }

        var culture = CultureFor(locale);
        var title = char.ToUpper(rest[0], culture) + rest[1..];
        return Shorten(title);
    }

    /// <summary>Drops leading clauses or words that only greet or ask politely.</summary>
    private static string DropLeadingFluff(string text)
    {
        while (true)
        {
            var end = text.IndexOfAny([',', '.', '!', '?', ';', ':']);
            var clause = end < 0 ? text : text[..end];
            var words = TextFolding.Words(clause);
            if (end >= 0 && words.Count > 0 && words.TrueForAll(word => Fluff.Contains(word) || Asking.Contains(word)))
            {
                text = text[(end + 1)..].TrimStart();
                continue;
            }

            // "hi my vpn is down": a greeting without a comma.
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && TextFolding.Fold(text[..space]) is "hi" or "hello" or "hey" or "bonjour" or "salut" or "please" or "svp")
            {
                text = text[(space + 1)..].TrimStart();
                continue;
            }

            return text;
        }
    }

    private static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    private static string Shorten(string title)
    {
        if (title.Length <= MaxLength)
        {
            return title;
        }

        var cut = title.LastIndexOf(' ', MaxLength - 1);
        var kept = cut > MaxLength / 2 ? title[..cut] : title[..(MaxLength - 1)];
        if (char.IsHighSurrogate(kept[^1]))
        {
            kept = kept[..^1];
        }

        return kept.TrimEnd(',', ';', ':', ' ') + "…";
    }

    private static CultureInfo CultureFor(string? locale)
    {
        try
        {
            return string.IsNullOrWhiteSpace(locale) ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
