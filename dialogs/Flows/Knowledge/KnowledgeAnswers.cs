using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.Knowledge;

/// <summary>
/// Flow 4 in the conversation: a question gets the best article's passage (or "I don't know" and the offer of a
/// ticket); "it helped" records a deflection; "it did not" is the router's cue to start an incident pre-filled.
/// </summary>
internal sealed class KnowledgeAnswers(IKnowledgeSearch search, IDeflectionLog deflections)
{
    public async Task<IReadOnlyList<Reply>> AnswerAsync(DialogContext context, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = context.Texts;
        var hits = await search.SearchAsync(question, KnowledgeLanguage.FromLocale(context.Turn.Locale), 1, cancellationToken).ConfigureAwait(false);
        var data = new JsonObject { [KnowledgeVerbs.QuestionField] = Cut(question) };
        if (hits.Count == 0)
        {
            return [Reply.Of(FormCard.Build(new FormCardView(texts.Get(TextKeys.KbDontKnow), texts.Get(TextKeys.KbDontKnow))
            {
                Lines = [texts.Get(TextKeys.KbOfferTicket)],
                Actions = [CardActions.Execute(texts.Get(TextKeys.KbReportButton), KnowledgeVerbs.NotHelpful, data)],
            }))];
        }

        var hit = hits[0];
        data[KnowledgeVerbs.ArticleField] = hit.ArticleId;
        return [Reply.Of(FormCard.Build(new FormCardView(CardText.Literal(hit.Title), $"{hit.Title}\n{hit.Passage}")
        {
            Lines = [CardText.Literal(hit.Passage), texts.Get(TextKeys.KbDidItHelp)],
            Actions =
            [
                CardActions.Execute(texts.Get(TextKeys.KbYes), KnowledgeVerbs.Helpful, data, ActionStyle.Positive),
                CardActions.Execute(texts.Get(TextKeys.KbNo), KnowledgeVerbs.NotHelpful, data),
                CardActions.Execute(texts.Get(TextKeys.KbFullButton), KnowledgeVerbs.Full, data),
            ],
        }))];
    }

    /// <summary>"Yes, it helped": a deflected contact, recorded; the article id must be one the knowledge base has.</summary>
    public async Task<IReadOnlyList<Reply>> HelpfulAsync(DialogContext context, JsonElement data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var article = await ArticleAsync(context, data, cancellationToken).ConfigureAwait(false);
        if (article is null)
        {
            return [Reply.Of(context.Texts.Get(TextKeys.InvokeUnknownAction))];
        }

        await deflections.RecordAsync(new Deflection(context.Now, context.Turn.From.Id, article.Id, "answer"), cancellationToken).ConfigureAwait(false);
        return [Reply.Of(context.Texts.Get(TextKeys.KbThanks))];
    }

    /// <summary>The whole article, shown literally.</summary>
    public async Task<IReadOnlyList<Reply>> FullArticleAsync(DialogContext context, JsonElement data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var article = await ArticleAsync(context, data, cancellationToken).ConfigureAwait(false);
        if (article is null)
        {
            return [Reply.Of(context.Texts.Get(TextKeys.InvokeUnknownAction))];
        }

        var texts = context.Texts;
        var keep = new JsonObject
        {
            [KnowledgeVerbs.ArticleField] = article.Id,
            [KnowledgeVerbs.QuestionField] = Cut(CardForm.Field(data, KnowledgeVerbs.QuestionField).Text ?? article.Title),
        };
        return [Reply.Of(FormCard.Build(new FormCardView(CardText.Literal(article.Title), article.Title)
        {
            Lines = [CardText.Literal(article.Body), texts.Get(TextKeys.KbDidItHelp)],
            Actions =
            [
                CardActions.Execute(texts.Get(TextKeys.KbYes), KnowledgeVerbs.Helpful, keep, ActionStyle.Positive),
                CardActions.Execute(texts.Get(TextKeys.KbNo), KnowledgeVerbs.NotHelpful, keep),
            ],
        }))];
    }

    /// <summary>The question a "not helpful" card carries, to pre-fill the incident (untrusted: cut, may be missing).</summary>
    public static string? QuestionOf(JsonElement data) =>
        CardForm.Field(data, KnowledgeVerbs.QuestionField).Text is { Length: > 0 } q ? Cut(q) : null;

    private Task<KnowledgeArticle?> ArticleAsync(DialogContext context, JsonElement data, CancellationToken cancellationToken) =>
        CardForm.Field(data, KnowledgeVerbs.ArticleField).Text is { Length: > 0 and <= 200 } id
            ? search.GetArticleAsync(id, KnowledgeLanguage.FromLocale(context.Turn.Locale), cancellationToken)
            : Task.FromResult<KnowledgeArticle?>(null);

    private static string Cut(string text) => text.Length > KnowledgeVerbs.MaxQuestion ? text[..KnowledgeVerbs.MaxQuestion] : text;
}
