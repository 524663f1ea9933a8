using System.Globalization;
using System.Text;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>
/// Recognises the interrupt words in English and French: the whole message must be the word, compared
/// without case, accents, surrounding spaces or trailing punctuation ("Aide !", "ANNULER.", "start over").
/// </summary>
internal static class Interrupts
{
    private static readonly Dictionary<string, Interrupt> Words = new(StringComparer.Ordinal)
    {
        ["help"] = Interrupt.Help,
        ["aide"] = Interrupt.Help,
        ["?"] = Interrupt.Help,
        ["menu"] = Interrupt.Menu,
        ["start over"] = Interrupt.StartOver,
        ["restart"] = Interrupt.StartOver,
        ["recommencer"] = Interrupt.StartOver,
        ["cancel"] = Interrupt.Cancel,
        ["annuler"] = Interrupt.Cancel,
        ["talk to a human"] = Interrupt.Human,
        ["talk to someone"] = Interrupt.Human,
        ["talk to an agent"] = Interrupt.Human,
        ["human"] = Interrupt.Human,
        ["agent"] = Interrupt.Human,
        ["parler a quelqu'un"] = Interrupt.Human,
        ["parler a quelquun"] = Interrupt.Human,
        ["parler a un humain"] = Interrupt.Human,
        ["parler a un agent"] = Interrupt.Human,
        ["parler a quelqu\u2019un"] = Interrupt.Human,
        ["humain"] = Interrupt.Human,
    };

    public static Interrupt Recognise(string? text)
    {
        var normalized = Normalize(text);
        return Words.TryGetValue(normalized, out var interrupt) ? interrupt : Interrupt.None;
    }

    /// <summary>Lower case, no accents, single spaces, no trailing punctuation (but "?" alone stays "?").</summary>
    internal static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var trimmed = text.Trim();
        var withoutPunctuation = trimmed.TrimEnd('.', '!', '?', '…', ';', ':', ',', ' ', '\u00A0');
        if (withoutPunctuation.Length == 0)
        {
            return trimmed.StartsWith('?') ? "?" : string.Empty;
        }

        var builder = new StringBuilder(withoutPunctuation.Length);
        var lastWasSpace = false;
        foreach (var c in withoutPunctuation.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
            lastWasSpace = false;
        }

        return builder.ToString();
    }
}
