namespace ServiceDesk.Cards;

/// <summary>
/// Article text as TextBlocks, one per line, shown literally: a "## " heading becomes bold text, "- " a bullet "•",
/// "1. " stays a visible number. Nothing else in the text is interpreted (no links, emphasis or HTML).
/// </summary>
internal static class KnowledgeTextBlocks
{
    /// <summary>Article text of any length is cut here, far under the card budget.</summary>
    public const int MaxLength = 20_000;

    public static IReadOnlyList<CardElement> From(string text)
    {
        var blocks = new List<CardElement>();
        var cut = text.Length > MaxLength ? text[..MaxLength] + " …" : text;
        var paragraphStart = true;
        foreach (var raw in cut.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                paragraphStart = true;
                continue;
            }

            var spacing = blocks.Count == 0 ? (Spacing?)null : paragraphStart ? Spacing.Medium : Spacing.Small;
            paragraphStart = false;
            if (line.StartsWith('#'))
            {
                blocks.Add(new TextBlock(CardText.Literal(line.TrimStart('#').Trim())) { Weight = TextWeight.Bolder, Wrap = true, Spacing = spacing });
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
            {
                blocks.Add(new TextBlock("• " + CardText.Literal(line[2..])) { Wrap = true, Spacing = spacing });
            }
            else
            {
                blocks.Add(new TextBlock(CardText.Literal(line)) { Wrap = true, Spacing = spacing });
            }
        }

        return blocks;
    }
}
