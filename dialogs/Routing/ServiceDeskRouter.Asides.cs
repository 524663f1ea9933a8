using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

// Another topic inside a form: another kind of request puts the form aside (kept to resume); a question, an outage or
// a ticket asked about is answered and the form carries on at the step it was at.
internal sealed partial class ServiceDeskRouter
{
    /// <summary>
    /// Another topic inside a form. A person: the call-back offered. Another kind of request (a change of mind, or one more
    /// thing to ask): the form in progress is put aside, kept to resume at the step it was at, and the new one starts.
    /// Anything else (a question, an outage, my tickets, a ticket asked about) is an aside: answered, then the step in
    /// progress is asked again, so the next message answers it.
    /// </summary>
    private async Task<TurnResult> SwitchAsync(Session session, Recognition recognition, List<Reply> notices, CancellationToken cancellationToken, string? asked = null)
    {
        var (context, texts) = (session.Context, session.Context.Texts);
        if (recognition.Intent == Intent.Human)
        {
            return await EscalateAsync(session, notices, cancellationToken, typed: true).ConfigureAwait(false);
        }

        if (!TopicSwitch.IsRequest(recognition.Intent))
        {
            return await AsideAsync(session, recognition, notices, cancellationToken, asked).ConfigureAwait(false);
        }

        var parked = session.Active!;
        context.Parked = parked;
        var free = session with { Active = null, Dialog = null };
        notices.Add(Reply.Of(texts.Get(TextKeys.PipelineKept, ParkedCard.Kept(texts, parked.Name))));
        var answer = await IntentAsync(free, recognition, notices, cancellationToken, asked).ConfigureAwait(false);
        if (context.Current is not null)
        {
            // A new form started: it was saved with the old one put aside.
            return answer;
        }

        // The request asked for opened no form (a how-to answered instead, a ticket of mine about it): the draft stays
        // put aside, offered again.
        await RememberAsync(free, null, cancellationToken).ConfigureAwait(false);
        return new TurnResult([.. answer.Replies, .. KeptCard(context)], answer.Invoke);
    }

    /// <summary>
    /// A question asked aside inside a form: answered as it would be outside one, then "Now, back to your incident
    /// report:" and the step in progress again, as it was before this message (nothing of it is taken as the answer).
    /// </summary>
    private async Task<TurnResult> AsideAsync(Session session, Recognition recognition, List<Reply> notices, CancellationToken cancellationToken, string? asked)
    {
        var (context, texts) = (session.Context, session.Context.Texts);
        var active = session.Active!;
        var answer = await IntentAsync(session with { Active = null, Dialog = null }, recognition, [], cancellationToken, asked).ConfigureAwait(false);
        context.Current = null;
        // An article answered: "thanks, that worked" next is about it (ThanksForAsideAsync), not the step's answer.
        context.Offered = Answered(answer) ? [OfferedArticle] : [];
        var back = texts.Get(TextKeys.PipelineBackTo, ParkedCard.Kept(texts, active.Name));
        var again = await session.Dialog!.RepromptAsync(context, active, back, cancellationToken).ConfigureAwait(false);
        return await FinishAsync(session, again, [.. notices, .. answer.Replies], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What an aside inside a form leaves in the form's record: an article was just answered.</summary>
    private const string OfferedArticle = "article";

    /// <summary>
    /// "thanks, that worked", "merci ça marche", "c'est bon c'est réglé" right after an article answered aside inside a
    /// form: the employee's need is met, so the form ends and nothing is filed, said so. It is put aside rather than
    /// dropped (Resume / Drop it): the article may have answered a side question only, and a draft is never lost on a
    /// guess. A bare "yes" or "ok" stays the step's answer (a summary's confirmation). Null when the message is not that.
    /// </summary>
    private async Task<TurnResult?> ThanksForAsideAsync(Session session, List<Reply> notices, CancellationToken cancellationToken)
    {
        var (context, texts, text) = (session.Context, session.Context.Texts, session.Context.Turn.Text!);
        if (session.Active is not { Offered: [OfferedArticle] } form
            || KnowledgeFeedback.Read(text) != Feedback.Helpful
            || (TextFolding.Words(text).Count == 1 && new ChoiceMatcher(ChoiceOption.YesNo("yes", "no")).Match(text) is { IsMatched: true, Value: "yes" })
            || await knowledge.FeedbackAsync(context, text, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        context.Parked = form with { Offered = [] };
        await RememberAsync(session with { Active = null, Dialog = null }, null, cancellationToken).ConfigureAwait(false);
        return Replies([.. notices, Reply.Of(texts.Get(TextKeys.PipelineSolvedAside, ParkedCard.Kept(texts, form.Name))), .. KeptCard(context)]);
    }

    /// <summary>
    /// "didn't help", "ça marche pas" right after an article answered aside inside a form: the article is recorded as
    /// not helpful, and the form the employee was filling in carries on at its step (it is what goes on to a ticket);
    /// no second form is offered. A bare "no" stays the step's answer (a summary's confirmation). Null when it is not that.
    /// </summary>
    private async Task<TurnResult?> NotHelpedAsideAsync(Session session, IDialog dialog, List<Reply> notices, CancellationToken cancellationToken)
    {
        var (context, texts, text) = (session.Context, session.Context.Texts, session.Context.Turn.Text!);
        if (session.Active is not { Offered: [OfferedArticle] } form
            || (TextFolding.Words(text).Count == 1 && new ChoiceMatcher(ChoiceOption.YesNo("yes", "no")).Match(text).IsMatched)
            || !await knowledge.RejectedAsideAsync(context, text, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var back = texts.Get(TextKeys.PipelineBackTo, ParkedCard.Kept(texts, form.Name));
        var again = await dialog.RepromptAsync(context, form, back, cancellationToken).ConfigureAwait(false);
        return await FinishAsync(session, again, [.. notices, Reply.Of(texts.Get(TextKeys.KbSorryTitle))], cancellationToken).ConfigureAwait(false);
    }
}
