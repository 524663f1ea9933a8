using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.Knowledge;

/// <summary>
/// Flow 4 in the conversation: a question gets the best article's passage (<see cref="KnowledgeAnswerCard"/>), or "I
/// don't know" and the offer of a ticket; "it helped" records a deflection; "it did not" is the router's cue to start
/// an incident pre-filled with the question. The search returns nothing below its relevance threshold.
/// </summary>
internal sealed class KnowledgeAnswers(IKnowledgeSearch search, IDeflectionLog deflections)
{
    public async Task<IReadOnlyList<Reply>> AnswerAsync(DialogContext context, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = context.Texts;
        var hits = await search.SearchAsync(question, KnowledgeLanguage.FromLocale(context.Turn.Locale), 1 + KnowledgeFields.Others, cancellationToken).ConfigureAwait(false);
        if (hits.Count == 0)
        {
            var data = new JsonObject { [KnowledgeFields.Query] = Cut(question) };
            return [Reply.Of(FormCard.Build(new FormCardView(texts.Get(TextKeys.KbDontKnow), texts.Get(TextKeys.KbDontKnow))
            {
                Lines = [texts.Get(TextKeys.KbOfferTicket)],
                Actions = [CardActions.Execute(texts.Get(TextKeys.KbReportButton), KnowledgeVerbs.NotHelpful, data)],
            }))];
        }

        var best = hits[0];
        return [Reply.Of(KnowledgeAnswerCard.Build(View(texts, best.ArticleId, question, best.Title, best.Passage) with
        {
            OtherResultsLabel = texts.Get(TextKeys.KbOtherResults),
            OtherResults = [.. hits.Skip(1).Select(h => new KnowledgeOtherResult(h.ArticleId, h.Title))],
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

    /// <summary>
    /// "No, it did not help" on an answer: recorded as not helpful (reporting's context for the deflection rate) when the
    /// card names a known article; the router then starts the incident. "I don't know" cards name no article.
    /// </summary>
    public async Task NotHelpfulAsync(DialogContext context, JsonElement data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await ArticleAsync(context, data, cancellationToken).ConfigureAwait(false) is { } article)
        {
            await deflections.RecordAsync(new Deflection(context.Now, context.Turn.From.Id, article.Id, "answer", Helpful: false), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>"Show the full article" or another result: the article, with the same Yes/No.</summary>
    public async Task<IReadOnlyList<Reply>> ArticleCardAsync(DialogContext context, JsonElement data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var article = await ArticleAsync(context, data, cancellationToken).ConfigureAwait(false);
        if (article is null)
        {
            return [Reply.Of(context.Texts.Get(TextKeys.InvokeUnknownAction))];
        }

        var query = QueryOf(data) ?? article.Title;
        return [Reply.Of(KnowledgeAnswerCard.Build(View(context.Texts, article.Id, query, article.Title, article.Body)))];
    }

    /// <summary>The question a card carries back, to pre-fill the incident (untrusted: cut, may be missing).</summary>
    public static string? QueryOf(JsonElement data) =>
        CardForm.Field(data, KnowledgeFields.Query).Text is { Length: > 0 } q ? Cut(q) : null;

    private static KnowledgeAnswerView View(Texts texts, string articleId, string query, string title, string passage) =>
        new(articleId, query, title, passage, texts.Get(TextKeys.KbFullButton), texts.Get(TextKeys.KbDidItHelp), texts.Get(TextKeys.KbYes), texts.Get(TextKeys.KbNo));

    private Task<KnowledgeArticle?> ArticleAsync(DialogContext context, JsonElement data, CancellationToken cancellationToken) =>
        CardForm.Field(data, KnowledgeFields.Article).Text is { Length: > 0 and <= 200 } id
            ? search.GetArticleAsync(id, KnowledgeLanguage.FromLocale(context.Turn.Locale), cancellationToken)
            : Task.FromResult<KnowledgeArticle?>(null);

    private static string Cut(string text) => text.Length > KnowledgeAnswerCard.MaxQueryLength ? text[..KnowledgeAnswerCard.MaxQueryLength] : text;
}
