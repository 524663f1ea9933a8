using System.Text.RegularExpressions;

namespace ServiceDesk.Cards;

/// <summary>
/// One line of article Markdown as plain text: emphasis and code marks dropped, a link as its text and address, an
/// image as its description, HTML tags removed, a table row as its cells. What an author writes in Markdown then
/// never shows as raw marks in a card.
/// </summary>
internal static partial class MarkdownLine
{
    /// <summary>The plain text of a line; empty for lines that only draw (a table's separator row, a rule).</summary>
    public static string Plain(string line)
    {
        var text = line.Trim();
        if (Rule().IsMatch(text) || TableSeparator().IsMatch(text))
        {
            return string.Empty;
        }

        if (text.StartsWith('>'))
        {
            text = text.TrimStart('>').TrimStart();
        }

        if (text.StartsWith('|') && text.EndsWith('|') && text.Length > 1)
        {
            text = string.Join(" · ", text[1..^1].Split('|').Select(c => c.Trim()).Where(c => c.Length > 0));
        }

        text = Image().Replace(text, "$1");
        text = Link().Replace(text, m => m.Groups[1].Value == m.Groups[2].Value ? m.Groups[2].Value : $"{m.Groups[1].Value} ({m.Groups[2].Value})");
        text = AutoLink().Replace(text, "$1");
        text = Html().Replace(text, string.Empty);
        text = Emphasis().Replace(text, "$2");
        text = UnderscoreEmphasis().Replace(text, "$2");
        return text.Replace("`", string.Empty, StringComparison.Ordinal).Trim();
    }

    [GeneratedRegex(@"^(\*\s*){3,}$|^(-\s*){3,}$|^(_\s*){3,}$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"<((?:https?|mailto):[^>\s]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>")]
    private static partial Regex Html();

    [GeneratedRegex(@"(\*\*|\*)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Emphasis();

    // Only around whole words: file_name_with_underscores is a name, not emphasis.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(__|_)(?=\S)(.+?)(?<=\S)\1(?![\p{L}\p{N}])")]
    private static partial Regex UnderscoreEmphasis();
}
