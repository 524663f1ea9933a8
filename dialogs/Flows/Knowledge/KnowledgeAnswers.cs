using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Assist;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.ReportIncident;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Flows.Knowledge;

/// <summary>
/// Flow 4 in the conversation: a question gets the best article's passage (<see cref="KnowledgeAnswerCard"/>), or "I
/// don't know" and the offer of a ticket; "it helped" records a deflection; "it did not" is the router's cue to start
/// an incident pre-filled with the question. The search returns nothing below its relevance threshold, searches both
/// languages, and an article the person rejected in this conversation is never offered again.
/// </summary>
internal sealed partial class KnowledgeAnswers(
    IKnowledgeSearch search,
    IDeflectionLog deflections,
    KnowledgeMemory memory,
    IOutageQuery outages,
    IGroundedAnswers grounded,
    double nearMiss = KnowledgeRelevance.NearMiss)
{
    public async Task<IReadOnlyList<Reply>> AnswerAsync(DialogContext context, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = context.Texts;
        var (recall, etag) = await memory.GetAsync(context.Turn, cancellationToken).ConfigureAwait(false);
        var found = await FindAsync(context, question, recall, cancellationToken).ConfigureAwait(false);
        var hits = found.Hits;
        if (hits.Count == 0)
        {
            if (recall.ArticleId is not null || recall.Query is not null)
            {
                // Nothing shown now: a "no" after this must not rate the article shown before, nor "open a ticket"
                // report the question asked before.
                await memory.SaveAsync(context.Turn, recall with { ArticleId = null, Query = null }, etag, context.Now, cancellationToken).ConfigureAwait(false);
            }

            return found.Candidates(nearMiss) is { Count: > 0 } candidates ? NotSure(texts, question, candidates) : DontKnow(texts, question);
        }

        if (await GroundedAsync(context, question, hits, recall, etag, cancellationToken).ConfigureAwait(false) is { } generated)
        {
            return generated;
        }

        var best = hits[0];
        await RememberAsync(context, recall, etag, best.ArticleId, question, cancellationToken).ConfigureAwait(false);
        return [Reply.Of(KnowledgeAnswerCard.Build(View(texts, best.ArticleId, question, best.Title, best.Passage) with
        {
            Intro = LanguageNote(context, best),
            OtherResultsLabel = texts.Get(TextKeys.KbOtherResults),
            OtherResults = found.Related,
        }))];
    }

    /// <summary>
    /// A problem asked about ("my disk is full, what do I do?", <see cref="ProblemShape.Asks"/>) that an article answers
    /// as it would answer the question gets the article first: "This may solve it", then "That solved it" (a deflection)
    /// or "Report it" (the incident, pre-filled with everything the sentence said), and the next two articles. Null when
    /// no article passes the search's threshold, or an outage is ongoing on that service (no article solves it; the
    /// incident flow offers to join it): the incident flow starts as usual. A problem only stated gets
    /// <see cref="BesideAsync"/> instead. With <paramref name="request"/>, a how-to about a request the catalogue does not
    /// name ("comment demander une licence logicielle"): the answer when it is a clear match, and "No, make the request"
    /// goes on to its form; when the catalogue has nothing like it (<paramref name="unplaced"/>), a likely match is enough
    /// (<see cref="KnowledgeRelevance.IsLikely"/>).
    /// </summary>
    public async Task<IReadOnlyList<Reply>?> TrySolveFirstAsync(
        DialogContext context, string text, Recognition recognition, CancellationToken cancellationToken, bool request = false, bool unplaced = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recognition);
        if (recognition.TicketNumber is not null || string.IsNullOrWhiteSpace(text))
        {
            // About a ticket that exists: not a problem an article solves.
            return null;
        }

        var (recall, etag) = await memory.GetAsync(context.Turn, cancellationToken).ConfigureAwait(false);
        var found = await FindAsync(context, text, recall, cancellationToken).ConfigureAwait(false);
        var hits = found.Hits;
        if (hits.Count == 0 || (request && !(unplaced ? KnowledgeRelevance.IsLikely(hits) : KnowledgeRelevance.IsClear(hits))))
        {
            // A request form is the other answer to a how-to about a request: only a clear match takes its place.
            return null;
        }

        var best = hits[0];
        if ((await outages.FindActiveAsync(recognition.CategoryHint ?? best.Service, recognition.ServiceHint, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return null;
        }

        var texts = context.Texts;
        await RememberAsync(context, recall, etag, best.ArticleId, text, cancellationToken, beforeForm: true).ConfigureAwait(false);
        var note = LanguageNote(context, best);
        var intro = request ? note : note is null ? texts.Get(TextKeys.KbMaySolve) : $"{texts.Get(TextKeys.KbMaySolve)} {note}";
        var view = View(texts, best.ArticleId, text, best.Title, best.Passage);
        return [Reply.Of(KnowledgeAnswerCard.Build(view with
        {
            Intro = intro,
            YesLabel = request ? view.YesLabel : texts.Get(TextKeys.KbSolvedButton),
            NoLabel = texts.Get(request ? TextKeys.KbRequestItButton : TextKeys.KbReportItButton),
            OtherResultsLabel = texts.Get(TextKeys.KbOtherResults),
            OtherResults = found.Related,
        }))];
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
        var (recall, etag) = await memory.GetAsync(context.Turn, cancellationToken).ConfigureAwait(false);
        await RememberAsync(context, recall, etag, article.Id, query, cancellationToken).ConfigureAwait(false);
        return [Reply.Of(KnowledgeAnswerCard.Build(View(context.Texts, article.Id, query, article.Title, article.Body)))];
    }

    /// <summary>The question a card carries back, to pre-fill the incident (untrusted: cut, may be missing).</summary>
    public static string? QueryOf(JsonElement data) =>
        CardForm.Field(data, KnowledgeFields.Query).Text is { Length: > 0 } q ? Cut(q) : null;

    /// <summary>
    /// The answers over the search's threshold and the articles near it, none the person rejected in this conversation
    /// (<see cref="KnowledgeFound"/>).
    /// </summary>
    private async Task<KnowledgeFound> FindAsync(DialogContext context, string question, KnowledgeRecall recall, CancellationToken cancellationToken)
    {
        var rejected = recall.RejectedIds;
        var results = await search.SearchNearAsync(
            question, KnowledgeLanguage.FromLocale(context.Turn.Locale), 1 + KnowledgeFields.Others + rejected.Count, KnowledgeRelevance.NearFloor, cancellationToken).ConfigureAwait(false);
        return new(
            [.. results.Hits.Where(h => !rejected.Contains(h.ArticleId)).Take(1 + KnowledgeFields.Others)],
            [.. results.Near.Where(h => !rejected.Contains(h.ArticleId))]);
    }

    private Task RememberAsync(
        DialogContext context, KnowledgeRecall recall, string? etag, string articleId, string query, CancellationToken cancellationToken,
        bool byModel = false, bool beforeForm = false) =>
        memory.SaveAsync(
            context.Turn,
            recall with
            {
                ArticleId = articleId, Query = Cut(query), At = context.Now, Counted = false, Form = null, FormVersion = 0, ByModel = byModel,
                BeforeForm = beforeForm, ReportOffered = false,
            },
            etag,
            context.Now,
            cancellationToken);

    /// <summary>"I don't know" and the offer of a ticket pre-filled with the question.</summary>
    private static IReadOnlyList<Reply> DontKnow(Texts texts, string question)
    {
        var data = new JsonObject { [KnowledgeFields.Query] = Cut(question) };
        return [Reply.Of(FormCard.Build(new FormCardView(texts.Get(TextKeys.KbDontKnow), texts.Get(TextKeys.KbDontKnow))
        {
            Lines = [texts.Get(TextKeys.KbOfferTicket)],
            Actions = [CardActions.Execute(texts.Get(TextKeys.KbReportButton), KnowledgeVerbs.NotHelpful, data)],
        }))];
    }

    /// <summary>
    /// A near miss (<see cref="KnowledgeRelevance.NearMiss"/>): no sure answer, the nearest articles as "Maybe one of
    /// these?" buttons (each opens its article, as another result does), and the offer of a ticket.
    /// </summary>
    private static IReadOnlyList<Reply> NotSure(Texts texts, string question, IReadOnlyList<KnowledgeOtherResult> candidates)
    {
        var query = Cut(question);
        return [Reply.Of(FormCard.Build(new FormCardView(texts.Get(TextKeys.KbNotSure), texts.Get(TextKeys.KbNotSure))
        {
            Lines = [texts.Get(TextKeys.KbMaybeOneOfThese), texts.Get(TextKeys.KbOfferTicket)],
            Actions =
            [
                .. candidates.Select(c => CardActions.Execute(CardText.Literal(c.Title), KnowledgeVerbs.Open, new JsonObject { [KnowledgeFields.Article] = c.ArticleId, [KnowledgeFields.Query] = query })),
                CardActions.Execute(texts.Get(TextKeys.KbReportButton), KnowledgeVerbs.NotHelpful, new JsonObject { [KnowledgeFields.Query] = query }),
            ],
        }))];
    }

    /// <summary>"This article is only written in French:" when the article is not in the reader's language.</summary>
    private static string? LanguageNote(DialogContext context, KnowledgeHit hit) =>
        hit.Language == KnowledgeLanguage.FromLocale(context.Turn.Locale)
            ? null
            : context.Texts.Get(TextKeys.KbOnlyIn, context.Texts.Get(hit.Language == KnowledgeLanguage.French ? TextKeys.KbLanguageFrench : TextKeys.KbLanguageEnglish));

    private static KnowledgeAnswerView View(Texts texts, string articleId, string query, string title, string passage) =>
        new(articleId, query, title, passage, texts.Get(TextKeys.KbFullButton), texts.Get(TextKeys.KbDidItHelp), texts.Get(TextKeys.KbYes), texts.Get(TextKeys.KbNoReportItButton));

    /// <summary>The article a card names, in the reader's language, else in the other one (an article may exist in one only).</summary>
    private async Task<KnowledgeArticle?> ArticleAsync(DialogContext context, JsonElement data, CancellationToken cancellationToken)
    {
        if (CardForm.Field(data, KnowledgeFields.Article).Text is not { Length: > 0 and <= 200 } id)
        {
            return null;
        }

        var wanted = KnowledgeLanguage.FromLocale(context.Turn.Locale);
        foreach (var language in KnowledgeLanguage.All.OrderBy(l => l == wanted ? 0 : 1))
        {
            if (await search.GetArticleAsync(id, language, cancellationToken).ConfigureAwait(false) is { } article)
            {
                return article;
            }
        }

        return null;
    }

    private static string Cut(string text) => text.Length > KnowledgeAnswerCard.MaxQueryLength ? text[..KnowledgeAnswerCard.MaxQueryLength] : text;
}
