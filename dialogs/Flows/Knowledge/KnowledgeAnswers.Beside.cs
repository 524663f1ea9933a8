using System.Text.Json;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Flows.Knowledge;

/// <summary>What the employee said about the article shown beside a form (the incident, or a request).</summary>
internal enum BesideAnswer
{
    /// <summary>Not about that article: the form takes the message or the click as usual.</summary>
    None,

    /// <summary>It solved the problem: the form is closed, nothing is sent.</summary>
    Solved,

    /// <summary>It did not: never offered again here, and the form carries on where it was.</summary>
    NotHelped,
}

// A problem only stated ("my disk is full") starts the incident form at once; the best article goes beside its first
// step, so the employee who needs a ticket loses nothing and the one the article helps can stop there. A request the
// catalogue could not place gets a clear article beside its form the same way.
internal sealed partial class KnowledgeAnswers
{
    /// <summary>
    /// The best article for a problem stated as the incident form starts, as a card to show before the form's first step:
    /// "This may help. If it doesn't, carry on with the form below", "That solved it" / "It didn't help", and the next two
    /// articles. Null when no article passes the search's threshold, or an outage is ongoing on that service (the form
    /// offers to join it). With <paramref name="request"/> (a request form the catalogue could not place: "il me faut une
    /// licence pour un logiciel payant"), only a likely match (<see cref="KnowledgeRelevance.IsLikely"/>): the form is the
    /// other answer there. Remembered with the form's id and card version, so that what the employee says next about
    /// it (a click, or typed before answering the step) is read as feedback on it.
    /// </summary>
    public async Task<Reply?> BesideAsync(
        DialogContext context, string text, Recognition recognition, ActiveDialog form, CancellationToken cancellationToken, bool request = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recognition);
        ArgumentNullException.ThrowIfNull(form);
        if (recognition.TicketNumber is not null || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var (recall, etag) = await memory.GetAsync(context.Turn, cancellationToken).ConfigureAwait(false);
        var found = await FindAsync(context, text, recall, cancellationToken).ConfigureAwait(false);
        var hits = found.Hits;
        if (hits.Count == 0
            || (request && !KnowledgeRelevance.IsLikely(hits))
            || (await outages.FindActiveAsync(recognition.CategoryHint ?? hits[0].Service, recognition.ServiceHint, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return null;
        }

        var (best, texts) = (hits[0], context.Texts);
        var remembered = recall with { ArticleId = best.ArticleId, Query = Cut(text), At = context.Now, Counted = false, Form = form.Id, FormVersion = form.Version, BeforeForm = false, ReportOffered = false };
        await memory.SaveAsync(context.Turn, remembered, etag, context.Now, cancellationToken).ConfigureAwait(false);
        var intro = LanguageNote(context, best) is { } note ? $"{texts.Get(TextKeys.KbBesideIntro)} {note}" : texts.Get(TextKeys.KbBesideIntro);
        return Reply.Of(KnowledgeAnswerCard.Build(View(texts, best.ArticleId, text, best.Title, best.Passage) with
        {
            Intro = intro,
            YesLabel = texts.Get(TextKeys.KbSolvedButton),
            NoLabel = texts.Get(TextKeys.KbBesideNotHelpedButton),
            OtherResultsLabel = texts.Get(TextKeys.KbOtherResults),
            OtherResults = found.Related,
        }));
    }

    /// <summary>
    /// A click on a card shown beside a form (the article it names is the one remembered with a form): recorded as a
    /// deflection, or as not helpful (never offered again here). <c>WithForm</c> says whether that form is
    /// <paramref name="form"/>, the one in progress; otherwise it is over (sent, cancelled, put aside) and only the
    /// feedback counts: no new form starts from that card.
    /// </summary>
    public async Task<(BesideAnswer Answer, bool WithForm)> BesideClickAsync(
        DialogContext context, string verb, JsonElement data, ActiveDialog? form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var answer = verb switch
        {
            KnowledgeVerbs.Helpful => BesideAnswer.Solved,
            KnowledgeVerbs.NotHelpful => BesideAnswer.NotHelped,
            _ => BesideAnswer.None,
        };
        var (recall, etag) = await memory.GetAsync(context.Turn, cancellationToken).ConfigureAwait(false);
        var clicked = CardForm.Field(data, KnowledgeFields.Article).Text;
        if (answer == BesideAnswer.None || recall.Form is null || recall.ArticleId is not { } articleId || clicked != articleId)
        {
            return (BesideAnswer.None, false);
        }

        var withForm = form is not null && recall.Form == form.Id;
        await RecordBesideAsync(context, withForm ? form!.Name : "answer", recall, etag, articleId, answer, cancellationToken).ConfigureAwait(false);
        return (answer, withForm);
    }

    /// <summary>
    /// Words typed right after the article beside <paramref name="form"/>, before any answer to the form ("thanks, that
    /// fixed it", "ça n'a pas aidé"): the same as the card's buttons. Later, such words are the form's answers.
    /// </summary>
    public async Task<BesideAnswer> BesideTypedAsync(DialogContext context, string text, ActiveDialog form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(form);
        var answer = KnowledgeFeedback.Read(text) switch
        {
            Feedback.Helpful => BesideAnswer.Solved,
            Feedback.NotHelpful => BesideAnswer.NotHelped,
            _ => BesideAnswer.None,
        };
        if (answer == BesideAnswer.None)
        {
            return answer;
        }

        var (recall, etag) = await memory.GetAsync(context.Turn, cancellationToken).ConfigureAwait(false);
        if (recall.Form != form.Id || recall.FormVersion != form.Version || recall.ArticleId is not { } articleId || context.Now - recall.At > FeedbackWindow)
        {
            return BesideAnswer.None;
        }

        await RecordBesideAsync(context, form.Name, recall, etag, articleId, answer, cancellationToken).ConfigureAwait(false);
        return answer;
    }

    private async Task RecordBesideAsync(DialogContext context, string source, KnowledgeRecall recall, string? etag, string articleId, BesideAnswer answer, CancellationToken cancellationToken)
    {
        var solved = answer == BesideAnswer.Solved;
        await deflections.RecordAsync(new Deflection(context.Now, context.Turn.From.Id, articleId, source, Helpful: solved), cancellationToken).ConfigureAwait(false);
        var forgotten = (solved ? recall : recall.Reject(articleId)) with { ArticleId = null, Form = null, FormVersion = 0 };
        await memory.SaveAsync(context.Turn, forgotten, etag, context.Now, cancellationToken).ConfigureAwait(false);
    }
}
