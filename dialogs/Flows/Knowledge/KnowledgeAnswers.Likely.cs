using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.Knowledge;

// A question the recogniser read as something else: the article only when it likely answers it.
internal sealed partial class KnowledgeAnswers
{
    /// <summary>
    /// The ordinary answer card (the article, "Did this help?", the next two articles) when the best article is a likely
    /// match (<see cref="KnowledgeRelevance.IsLikely"/>: above the search's own threshold and ahead of the next one);
    /// null otherwise, and nothing is remembered then. For a question the router would otherwise send elsewhere: a
    /// weaker hit does not take the place of what the intent does (measured on the labelled sets' dev part, any hit
    /// over the threshold cost honest refusals and a script for one more article found). With <paramref name="anyMatch"/>,
    /// any article over the search's own threshold: for an intent whose own answer would be empty.
    /// </summary>
    public async Task<IReadOnlyList<Reply>?> TryAnswerLikelyAsync(DialogContext context, string question, CancellationToken cancellationToken, bool anyMatch = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(question))
        {
            return null;
        }

        var (recall, etag) = await memory.GetAsync(context.Turn, cancellationToken).ConfigureAwait(false);
        var found = await FindAsync(context, question, recall, cancellationToken).ConfigureAwait(false);
        var hits = found.Hits;
        if (anyMatch ? hits.Count == 0 : !KnowledgeRelevance.IsLikely(hits))
        {
            return null;
        }

        var (best, texts) = (hits[0], context.Texts);
        await RememberAsync(context, recall, etag, best.ArticleId, question, cancellationToken).ConfigureAwait(false);
        return [Reply.Of(KnowledgeAnswerCard.Build(View(texts, best.ArticleId, question, best.Title, best.Passage) with
        {
            Intro = LanguageNote(context, best),
            OtherResultsLabel = texts.Get(TextKeys.KbOtherResults),
            OtherResults = found.Related,
        }))];
    }
}
