using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Assist;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.Knowledge;

// A question answered by the language model from the passages the search retrieved (when one is configured).
internal sealed partial class KnowledgeAnswers
{
    /// <summary>
    /// The retrieved passages (both languages, as the search ranked them) go to the model with the question; its answer
    /// with the articles it cites is the generated answer card. The passages do not answer: "I don't know" and the ticket
    /// offer. Null when no model answered (none configured, budget, failure): the article card as without a model.
    /// </summary>
    private async Task<IReadOnlyList<Reply>?> GroundedAsync(
        DialogContext context, string question, List<KnowledgeHit> hits, KnowledgeRecall recall, string? etag, CancellationToken cancellationToken)
    {
        var language = KnowledgeLanguage.FromLocale(context.Turn.Locale);
        var passages = hits.Select(h => new GroundedPassage(h.ArticleId, h.Title, h.Passage, h.Language)).ToList();
        var answer = await grounded.AnswerAsync(new GroundedQuestion(question, language, passages), cancellationToken).ConfigureAwait(false);
        if (answer is null)
        {
            return null;
        }

        var texts = context.Texts;
        // The port promises citations among the passages; a source the search did not give is still never shown.
        var sources = answer.CitedArticleIds
            .Select(id => hits.FirstOrDefault(h => h.ArticleId == id))
            .OfType<KnowledgeHit>()
            .Select(h => new KnowledgeOtherResult(h.ArticleId, h.Title))
            .ToList();
        if (!answer.Supported || sources.Count == 0 || string.IsNullOrWhiteSpace(answer.Text))
        {
            if (recall.ArticleId is not null)
            {
                await memory.SaveAsync(context.Turn, recall with { ArticleId = null }, etag, context.Now, cancellationToken).ConfigureAwait(false);
            }

            return DontKnow(texts, question);
        }

        await RememberAsync(context, recall, etag, sources[0].ArticleId, question, cancellationToken, byModel: true).ConfigureAwait(false);
        return [Reply.Of(GroundedAnswerCard.Build(new GroundedAnswerView(
            texts.Get(TextKeys.AssistAiLabel),
            answer.Text,
            texts.Get(TextKeys.AssistSources),
            sources,
            Cut(question),
            texts.Get(TextKeys.KbDidItHelp),
            texts.Get(TextKeys.KbYes),
            texts.Get(TextKeys.KbNoReportItButton)))) with { AiGenerated = true }];
    }
}
