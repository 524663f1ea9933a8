namespace ServiceDesk.Cards;

/// <summary>
/// A step card once answered by typing: what it showed, each input reduced to its question, without a button or an
/// input left to use, and the answer below. A step answered by a click is replaced by the next step instead.
/// </summary>
public static class AnsweredCard
{
    /// <param name="step">The step card as it was shown.</param>
    /// <param name="answer">The answer line, already in the reader's language (user text through <see cref="CardText.Literal"/>).</param>
    public static AdaptiveCard From(AdaptiveCard step, string answer)
    {
        ArgumentNullException.ThrowIfNull(step);
        var body = Still(step.Body).ToList();
        body.Add(new TextBlock(answer) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium });
        return step with { Body = body, Actions = null, Refresh = null, FallbackText = answer };
    }

    private static IEnumerable<CardElement> Still(IEnumerable<CardElement> elements)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case ActionSet:
                    continue;
                case CardInput { Label: { Length: > 0 } label }:
                    yield return new TextBlock(label) { Wrap = true, Spacing = element.Spacing };
                    continue;
                case CardInput:
                    continue;
                case Container container:
                    yield return container with { Items = [.. Still(container.Items)], SelectAction = null };
                    continue;
                case ColumnSet columns:
                    yield return columns with
                    {
                        Columns = [.. columns.Columns.Select(c => c with { Items = [.. Still(c.Items)], SelectAction = null })],
                        SelectAction = null,
                    };
                    continue;
                default:
                    yield return element;
                    continue;
            }
        }
    }
}
