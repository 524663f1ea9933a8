using System.Text;

namespace ServiceDesk.Cards;

/// <summary>Text for TextBlocks, which Teams runs through a Markdown subset.</summary>
public static class CardText
{
    // Inline Markdown, links, HTML and entities. Backslash escapes are CommonMark, which Teams' renderer follows.
    private const string AlwaysEscaped = "\\`*_[]<>&~|#";

    /// <summary>
    /// User-provided text (a ticket title, a name) escaped so it shows exactly as typed: <c>**x**</c> stays
    /// two asterisks and x, <c>&lt;b&gt;</c> is not markup, "1. " or "- " at a line start does not become a list.
    /// </summary>
    public static string Literal(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            if (n > 0)
            {
                builder.Append('\n');
            }

            AppendLine(lines[n], builder);
        }

        return builder.ToString();
    }

    private static void AppendLine(string line, StringBuilder builder)
    {
        var start = 0;
        while (start < line.Length && line[start] is ' ' or '\t')
        {
            start++;
        }

        builder.Append(line, 0, start);
        var rest = start;
        if (rest < line.Length && line[rest] is '-' or '+' or '=')
        {
            // List items ("- x"), rules ("---") and heading underlines ("===").
            builder.Append('\\');
        }
        else
        {
            var digits = rest;
            while (digits < line.Length && char.IsAsciiDigit(line[digits]))
            {
                digits++;
            }

            if (digits > rest && digits < line.Length && line[digits] is '.' or ')')
            {
                // "2. x" would become a numbered list: escape the period.
                builder.Append(line, rest, digits - rest).Append('\\').Append(line[digits]);
                rest = digits + 1;
            }
        }

        for (var i = rest; i < line.Length; i++)
        {
            if (AlwaysEscaped.Contains(line[i], StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(line[i]);
        }
    }
}
