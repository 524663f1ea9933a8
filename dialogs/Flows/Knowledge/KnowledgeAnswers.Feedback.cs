using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Flows.Knowledge;

// Feedback on an article: the card's buttons and the same answers typed ("yes", "merci", "no", "pas vraiment").
internal sealed partial class KnowledgeAnswers
{
    /// <summary>Typed feedback counts for the article shown this long ago at most; later, "no" is just a message.</summary>
    public static readonly TimeSpan FeedbackWindow = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Typed feedback on the article just shown: helpful is thanked (and counted once), not helpful is never answered
    /// with another article but with the offer of an incident pre-filled with the question. Null when the message is
    /// not feedback, or no article was shown recently: the message then goes on as any other.
    /// </summary>
    public async Task<IReadOnlyList<Reply>?> FeedbackAsync(DialogContext context, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var feedback = KnowledgeFeedback.Read(text);
        if (feedback == Feedback.None)
        {
            return null;
        }

        var (recall, etag) = await memory.GetAsync(context.Turn, cancellationToken).ConfigureAwait(false);
        // An article shown beside a form is the form's business (it is over or put aside by now).
        if (recall.ArticleId is not { } articleId || recall.Form is not null || context.Now - recall.At > FeedbackWindow)
        {
            return null;
        }

        return feedback == Feedback.Helpful
            ? await HelpedAsync(context, recall, etag, articleId, cancellationToken).ConfigureAwait(false)
            : await RejectedAsync(context, recall, etag, articleId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Typed after the article just shown (or just refused), what goes straight on to the form for the question it
    /// answered: the wish to report it ("report it", "open a ticket then", "je veux le signaler", "ok fais un ticket"),
    /// and "no" to an article offered for a problem before its form ("This may solve it"), as its "Report it" does. The
    /// article is then recorded as not helpful and never offered again. Returns the question the form starts from
    /// (the employee's first sentence), or null when the message is not that: a "no" to an answered how-to still gets
    /// "Sorry that didn't help" and the offer (<see cref="FeedbackAsync"/>).
    /// </summary>
    public async Task<string?> ReportTypedAsync(DialogContext context, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var wish = KnowledgeFeedback.WishesReport(text);
        var yes = !wish && TextFolding.Words(text).Count <= 4
            && new ChoiceMatcher(ChoiceOption.YesNo("yes", "no")).Match(text) is { IsMatched: true, Value: "yes" };
        if (!wish && !yes && KnowledgeFeedback.Read(text) != Feedback.NotHelpful)
        {
            return null;
        }

        var (recall, etag) = await memory.GetAsync(context.Turn, cancellationToken).ConfigureAwait(false);
        if (recall.Query is not { Length: > 0 } question || recall.Form is not null || context.Now - recall.At > FeedbackWindow)
        {
            return null;
        }

        // "yes" answers "Do you want to open an incident?" just asked (else it thanks for the article: FeedbackAsync);
        // "no" goes on only from an article offered before its form.
        var goesOn = wish || (yes ? recall.ReportOffered : recall.ArticleId is not null && recall.BeforeForm);
        if (!goesOn)
        {
            return null;
        }

        if (recall.ArticleId is { } articleId)
        {
            await deflections.RecordAsync(new Deflection(context.Now, context.Turn.From.Id, articleId, Source(recall.ByModel), Helpful: false), cancellationToken).ConfigureAwait(false);
        }

        // Reported: the question is spent, so a later "open a ticket" does not report it twice.
        var spent = (recall.ArticleId is { } shown ? recall.Reject(shown) : recall) with { ArticleId = null, Query = null };
        await memory.SaveAsync(context.Turn, spent, etag, context.Now, cancellationToken).ConfigureAwait(false);
        return question;
    }

    /// <summary>
    /// "didn't help" typed right after an article answered aside inside a form: recorded as not helpful (never offered
    /// again); the router then asks the form's step again. False when the message is not that.
    /// </summary>
    public async Task<bool> RejectedAsideAsync(DialogContext context, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (KnowledgeFeedback.Read(text) != Feedback.NotHelpful)
        {
            return false;
        }

        var (recall, etag) = await memory.GetAsync(context.Turn, cancellationToken).ConfigureAwait(false);
        if (recall.ArticleId is not { } articleId || recall.Form is not null || context.Now - recall.At > FeedbackWindow)
        {
            return false;
        }

        await deflections.RecordAsync(new Deflection(context.Now, context.Turn.From.Id, articleId, Source(recall.ByModel), Helpful: false), cancellationToken).ConfigureAwait(false);
        await memory.SaveAsync(context.Turn, recall.Reject(articleId) with { ArticleId = null }, etag, context.Now, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>"Yes, it helped": a deflected contact, recorded once; the article id must be one the knowledge base has.</summary>
    public async Task<IReadOnlyList<Reply>> HelpfulAsync(DialogContext context, JsonElement data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var article = await ArticleAsync(context, data, cancellationToken).ConfigureAwait(false);
        if (article is null)
        {
            return [Reply.Of(context.Texts.Get(TextKeys.InvokeUnknownAction))];
        }

        var (recall, etag) = await memory.GetAsync(context.Turn, cancellationToken).ConfigureAwait(false);
        return await HelpedAsync(context, recall with { ByModel = ByModel(data) }, etag, article.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// "No, it did not help" on an answer: recorded as not helpful (reporting's context for the deflection rate) when the
    /// card names a known article, which is then never offered again here; the router then starts the incident.
    /// "I don't know" cards name no article.
    /// </summary>
    public async Task NotHelpfulAsync(DialogContext context, JsonElement data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await ArticleAsync(context, data, cancellationToken).ConfigureAwait(false) is { } article)
        {
            await deflections.RecordAsync(new Deflection(context.Now, context.Turn.From.Id, article.Id, Source(ByModel(data)), Helpful: false), cancellationToken).ConfigureAwait(false);
            var (recall, etag) = await memory.GetAsync(context.Turn, cancellationToken).ConfigureAwait(false);
            await memory.SaveAsync(context.Turn, recall.Reject(article.Id) with { ArticleId = null }, etag, context.Now, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<Reply>> HelpedAsync(DialogContext context, KnowledgeRecall recall, string? etag, string articleId, CancellationToken cancellationToken)
    {
        if (recall.Counted && recall.ArticleId == articleId)
        {
            return [Reply.Of(context.Texts.Get(TextKeys.KbAlreadyThanked))];
        }

        await deflections.RecordAsync(new Deflection(context.Now, context.Turn.From.Id, articleId, Source(recall.ByModel)), cancellationToken).ConfigureAwait(false);
        await memory.SaveAsync(context.Turn, recall with { ArticleId = articleId, Counted = true }, etag, context.Now, cancellationToken).ConfigureAwait(false);
        return [Reply.Of(context.Texts.Get(TextKeys.KbThanks))];
    }

    private async Task<IReadOnlyList<Reply>> RejectedAsync(DialogContext context, KnowledgeRecall recall, string? etag, string articleId, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        await deflections.RecordAsync(new Deflection(context.Now, context.Turn.From.Id, articleId, Source(recall.ByModel), Helpful: false), cancellationToken).ConfigureAwait(false);
        await memory.SaveAsync(context.Turn, recall.Reject(articleId) with { ArticleId = null, ReportOffered = true }, etag, context.Now, cancellationToken).ConfigureAwait(false);

        // The button names no article: pressing it starts the incident without recording a second "not helpful".
        var data = new JsonObject { [KnowledgeFields.Query] = recall.Query ?? string.Empty };
        return [Reply.Of(FormCard.Build(new FormCardView(texts.Get(TextKeys.KbSorryTitle), texts.Get(TextKeys.KbSorryOffer))
        {
            Lines = [texts.Get(TextKeys.KbSorryOffer)],
            Actions = [CardActions.Execute(texts.Get(TextKeys.KbReportItButton), KnowledgeVerbs.NotHelpful, data)],
        }))];
    }

    /// <summary>Where a deflection came from: the article's passage ("answer") or the language model's answer from it ("model").</summary>
    private static string Source(bool byModel) => byModel ? GroundedAnswerCard.ByModel : "answer";

    private static bool ByModel(JsonElement data) => CardForm.Field(data, KnowledgeFields.By).Text == GroundedAnswerCard.ByModel;
}
