using System.Text.Json.Nodes;

namespace ServiceDesk.Cards;

/// <summary>
/// A knowledge-base answer: the article's title, the passage that answers, "show the full article", "Did this help?"
/// Yes/No, and up to two other results.
/// </summary>
public static class KnowledgeAnswerCard
{
    /// <summary>The question travels in button data; longer ones are cut so the card stays small.</summary>
    public const int MaxQueryLength = 500;

    public const int MaxOtherResults = 2;

    public static AdaptiveCard Build(KnowledgeAnswerView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentException.ThrowIfNullOrWhiteSpace(view.ArticleId);
        var query = view.Query.Length > MaxQueryLength ? view.Query[..MaxQueryLength] : view.Query;
        var feedback = new JsonObject { ["articleId"] = view.ArticleId, ["query"] = query };

        var body = new List<CardElement>();
        if (!string.IsNullOrWhiteSpace(view.Intro))
        {
            body.Add(new TextBlock(view.Intro) { IsSubtle = true, Wrap = true });
        }

        body.Add(new TextBlock(CardText.Literal(view.Title)) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true });
        body.Add(new Container(KnowledgeTextBlocks.From(view.Passage)) { Spacing = Spacing.Small });
        body.Add(new TextBlock(view.HelpfulQuestion) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Large, Separator = true });
        body.Add(new ActionSet(
        [
            CardActions.Execute(view.YesLabel, KnowledgeVerbs.Helpful, feedback, ActionStyle.Positive),
            CardActions.Execute(view.NoLabel, KnowledgeVerbs.NotHelpful, feedback),
        ]));

        var others = (view.OtherResults ?? []).Take(MaxOtherResults).ToList();
        if (others.Count > 0)
        {
            body.Add(new TextBlock(view.OtherResultsLabel ?? string.Empty) { IsSubtle = true, Wrap = true, Spacing = Spacing.Medium });
            body.Add(new ActionSet([.. others.Select(o => CardActions.Execute(
                CardText.Literal(o.Title), KnowledgeVerbs.Open, new JsonObject { ["articleId"] = o.ArticleId, ["query"] = query }))]));
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = [ShowFull(view)],
            FallbackText = $"{view.Title}\n{view.Passage}\n{view.HelpfulQuestion} {view.YesLabel} / {view.NoLabel}",
            MsTeams = TeamsCardProperties.Full,
        };
    }

    // Unfolding in place costs no round trip; without the text, the bot sends the article when asked.
    private static AdaptiveAction ShowFull(KnowledgeAnswerView view) =>
        view.FullArticle is { Length: > 0 } full
            ? new ShowCardAction(new AdaptiveCard { Body = KnowledgeTextBlocks.From(full) }) { Title = view.ShowFullLabel }
            : CardActions.Execute(view.ShowFullLabel, KnowledgeVerbs.Full, new JsonObject { ["articleId"] = view.ArticleId });
}
