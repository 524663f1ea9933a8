using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.Knowledge;

// A question the recogniser read as something else: the article only when it clearly answers it.
internal sealed partial class KnowledgeAnswers
{
    /// <summary>
    /// The ordinary answer card (the article, "Did this help?", the next two articles) when the best article is a clear
    /// match (<see cref="KnowledgeRelevance.IsClear"/>); null otherwise, and nothing is remembered then. For a question
    /// the router would otherwise send elsewhere: only a clear match may take the place of what the intent does, since
    /// that is the other good answer there.
    /// </summary>
    public async Task<IReadOnlyList<Reply>?> TryAnswerClearAsync(DialogContext context, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(question))
        {
            return null;
        }

        var (recall, etag) = await memory.GetAsync(context.Turn, cancellationToken).ConfigureAwait(false);
        var hits = await SearchAsync(context, question, recall, cancellationToken).ConfigureAwait(false);
        if (!KnowledgeRelevance.IsLikely(hits))
        {
            return null;
        }

        var (best, texts) = (hits[0], context.Texts);
        await RememberAsync(context, recall, etag, best.ArticleId, question, cancellationToken).ConfigureAwait(false);
        return [Reply.Of(KnowledgeAnswerCard.Build(View(texts, best.ArticleId, question, best.Title, best.Passage) with
        {
            Intro = LanguageNote(context, best),
            OtherResultsLabel = texts.Get(TextKeys.KbOtherResults),
            OtherResults = [.. hits.Skip(1).Select(h => new KnowledgeOtherResult(h.ArticleId, h.Title))],
        }))];
    }
}
