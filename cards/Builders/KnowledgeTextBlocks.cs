namespace ServiceDesk.Cards;

/// <summary>
/// Article text as TextBlocks, one per line: a "## " heading becomes bold text, "- " a bullet "•", "1. " stays a
/// visible number; inline Markdown is turned into plain text (<see cref="MarkdownLine"/>), then shown literally, so
/// neither raw marks nor anything an author did not mean (HTML, links that hide their address) reaches the card.
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
            var heading = line.StartsWith('#');
            var bullet = line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal) || line.StartsWith("+ ", StringComparison.Ordinal);
            line = MarkdownLine.Plain(heading ? line.TrimStart('#') : bullet ? line[2..] : line);
            if (line.Length == 0)
            {
                paragraphStart = true;
                continue;
            }

            var spacing = blocks.Count == 0 ? (Spacing?)null : paragraphStart ? Spacing.Medium : Spacing.Small;
            paragraphStart = false;
            if (heading)
            {
                blocks.Add(new TextBlock(CardText.Literal(line)) { Weight = TextWeight.Bolder, Wrap = true, Spacing = spacing });
            }
            else if (bullet)
            {
                blocks.Add(new TextBlock("• " + CardText.Literal(line)) { Wrap = true, Spacing = spacing });
            }
            else
            {
                blocks.Add(new TextBlock(CardText.Literal(line)) { Wrap = true, Spacing = spacing });
            }
        }

        return blocks;
    }
}
