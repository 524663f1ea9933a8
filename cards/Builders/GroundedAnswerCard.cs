using System.Text.Json.Nodes;

namespace ServiceDesk.Cards;

/// <summary>
/// An answer written by the language model from knowledge articles: the "AI-generated" label first, the answer, its
/// sources (each opens the full article), then "Did this help?" Yes/No as on the article card.
/// </summary>
public static class GroundedAnswerCard
{
    /// <summary>The value of <c>by</c> in the feedback data: the answer came from the model.</summary>
    public const string ByModel = "model";

    public const int MaxSources = 3;

    public static AdaptiveCard Build(GroundedAnswerView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentException.ThrowIfNullOrWhiteSpace(view.Answer);
        if (view.Sources.Count == 0)
        {
            throw new ArgumentException("A generated answer needs at least one source.", nameof(view));
        }

        var query = view.Query.Length > KnowledgeAnswerCard.MaxQueryLength ? view.Query[..KnowledgeAnswerCard.MaxQueryLength] : view.Query;
        var sources = view.Sources.Take(MaxSources).ToList();
        var feedback = new JsonObject { ["articleId"] = sources[0].ArticleId, ["query"] = query, ["by"] = ByModel };

        var body = new List<CardElement>
        {
            new TextBlock(view.AiLabel) { Size = TextSize.Small, IsSubtle = true, Wrap = true },
        };
        if (!string.IsNullOrWhiteSpace(view.Intro))
        {
            body.Add(new TextBlock(view.Intro) { IsSubtle = true, Wrap = true });
        }

        body.Add(new Container(KnowledgeTextBlocks.From(view.Answer)) { Spacing = Spacing.Small });
        body.Add(new TextBlock(view.SourcesLabel) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium });
        body.Add(new ActionSet([.. sources.Select(s => CardActions.Execute(
            CardText.Literal(s.Title), KnowledgeVerbs.Open, new JsonObject { ["articleId"] = s.ArticleId, ["query"] = query }))]));
        body.Add(new TextBlock(view.HelpfulQuestion) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Large, Separator = true });
        body.Add(new ActionSet(
        [
            CardActions.Execute(view.YesLabel, KnowledgeVerbs.Helpful, feedback, ActionStyle.Positive),
            CardActions.Execute(view.NoLabel, KnowledgeVerbs.NotHelpful, feedback),
        ]));

        return new AdaptiveCard
        {
            Body = body,
            FallbackText = $"{view.AiLabel}\n{view.Answer}\n{view.SourcesLabel} {string.Join(", ", sources.Select(s => s.Title))}\n{view.HelpfulQuestion} {view.YesLabel} / {view.NoLabel}",
            MsTeams = TeamsCardProperties.Full,
        };
    }
}
