using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Flows.MyTickets;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

// Card actions by verb, and what a message means when no dialog is active.
internal sealed partial class ServiceDeskRouter
{
    /// <summary>The dialog each menu button and intent starts (a dialog not registered falls back to a note).</summary>
    internal const string IncidentDialog = "incident";
    internal const string AccessDialog = "access";
    internal const string SoftwareDialog = "software";
    internal const string HardwareDialog = "hardware";
    internal const string NewStarterDialog = "newstarter";

    private async Task<TurnResult> CardActionAsync(Turn turn, CardAction action, Texts texts, CancellationToken cancellationToken)
    {
        var notices = new List<Reply>();
        var session = await OpenAsync(turn, notices, cancellationToken).ConfigureAwait(false);
        var result = await ActionAsync(session, action, notices, cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            return action.IsInvoke
                ? new TurnResult([], InvokeAnswer.Error(400, "unknownAction", texts.Get(TextKeys.InvokeUnknownAction)))
                : Replies(Reply.Of(texts.Get(TextKeys.InvokeUnknownAction)), Menu(turn, texts));
        }

        return action.IsInvoke ? AsInvoke(result) : result;
    }

    private async Task<TurnResult?> ActionAsync(Session session, CardAction action, List<Reply> notices, CancellationToken cancellationToken)
    {
        var (turn, texts) = (session.Context.Turn, session.Context.Texts);
        switch (action.Verb)
        {
            case MenuVerbs.ReportIncident:
                return await StartByNameAsync(session, IncidentDialog, DialogSeed.Empty, notices, TextKeys.MenuReportIncidentNote, cancellationToken).ConfigureAwait(false);
            case MenuVerbs.RequestAccess:
                // "Ask to extend" on a temporary access's end notice names the request it extends.
                var extends = Flows.Fulfilment.AccessExtension.Of(action.Data);
                return await StartByNameAsync(session, AccessDialog, extends is null ? DialogSeed.Empty : new DialogSeed { Extends = extends },
                    notices, TextKeys.MenuRequestAccessNote, cancellationToken).ConfigureAwait(false);
            case MenuVerbs.RequestSoftware:
                return await StartByNameAsync(session, SoftwareDialog, DialogSeed.Empty, notices, TextKeys.MenuRequestAccessNote, cancellationToken).ConfigureAwait(false);
            case MenuVerbs.RequestHardware:
                return await StartByNameAsync(session, HardwareDialog, DialogSeed.Empty, notices, TextKeys.MenuRequestAccessNote, cancellationToken).ConfigureAwait(false);
            case MenuVerbs.NewStarter:
                return await StartByNameAsync(session, NewStarterDialog, DialogSeed.Empty, notices, TextKeys.MenuRequestAccessNote, cancellationToken).ConfigureAwait(false);
            case MenuVerbs.MyTickets or TicketVerbs.List:
                return Replies([.. notices, .. await myTickets.ListAsync(session.Context, cancellationToken).ConfigureAwait(false)]);
            case TicketVerbs.Open or TicketVerbs.Comment or TicketVerbs.Cancel or TicketVerbs.Confirm or TicketVerbs.Reopen
                or TicketVerbs.FollowUp:
                return Replies([.. notices, .. await myTickets.ActAsync(session.Context, action, cancellationToken).ConfigureAwait(false)]);
            case KnowledgeVerbs.Helpful or KnowledgeVerbs.NotHelpful
                when await BesideClickAsync(session, action, notices, cancellationToken).ConfigureAwait(false) is { } beside:
                return beside;
            case KnowledgeVerbs.Helpful:
                return Replies([.. notices, .. await knowledge.HelpfulAsync(session.Context, action.Data, cancellationToken).ConfigureAwait(false)]);
            case KnowledgeVerbs.Full or KnowledgeVerbs.Open:
                return Replies([.. notices, .. await knowledge.ArticleCardAsync(session.Context, action.Data, cancellationToken).ConfigureAwait(false)]);
            case KnowledgeVerbs.NotHelpful when session.Dialog is { } inForm && CardForm.Field(action.Data, MyTicketsFlow.AnotherProblemField).Text is not { Length: > 0 }:
                // "It didn't help" on an article answered aside inside a form: noted, and the form carries on at its
                // step; a new incident never silently replaces the form in progress.
                await knowledge.NotHelpfulAsync(session.Context, action.Data, cancellationToken).ConfigureAwait(false);
                return await BesideAnsweredAsync(session, inForm, BesideAnswer.NotHelped, notices, cancellationToken).ConfigureAwait(false);
            case KnowledgeVerbs.NotHelpful:
                // Start Flow 1 with the question as description and everything read in it (category, service, title,
                // impact, urgency) pre-filled, as if the form had started at once: nothing said is asked again.
                await knowledge.NotHelpfulAsync(session.Context, action.Data, cancellationToken).ConfigureAwait(false);
                return BelowTheArticle(await ReportQuestionAsync(
                    session, KnowledgeAnswers.QueryOf(action.Data), notices, cancellationToken,
                    refused: CardForm.Field(action.Data, MyTicketsFlow.AnotherProblemField).Text is not { Length: > 0 }).ConfigureAwait(false));
            case MenuVerbs.AskQuestion:
                return Replies([.. notices, Menu(turn, texts, texts.Get(TextKeys.MenuAskQuestionNote))]);
            case EngineVerbs.Retry when session.Dialog is { } dialog:
                var again = await dialog.RepromptAsync(session.Context, session.Active!, null, cancellationToken).ConfigureAwait(false);
                return await FinishAsync(session, again, notices, cancellationToken).ConfigureAwait(false);
            case EngineVerbs.Retry or EngineVerbs.Menu:
                await RememberAsync(session, null, cancellationToken).ConfigureAwait(false);
                return Replies([.. notices, Menu(turn, texts), .. KeptCard(session.Context)]);
            case EngineVerbs.Human:
                return await EscalateAsync(session, notices, cancellationToken).ConfigureAwait(false);
            case EngineVerbs.Resume:
                return await ResumeAsync(session, notices, cancellationToken).ConfigureAwait(false);
            case EngineVerbs.Discard:
                return await DiscardAsync(session, notices, cancellationToken).ConfigureAwait(false);
        }

        if (actionHandlers.For(action.Verb) is { } handler)
        {
            return await handler.HandleAsync(turn, cancellationToken).ConfigureAwait(false);
        }

        var prefix = action.Verb.Split('.', 2)[0];
        if (action.Verb.Contains('.', StringComparison.Ordinal) && _dialogs.TryGetValue(prefix, out var target))
        {
            return await DialogActionAsync(session, target, action, notices, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>
    /// The form for the question an article answered, after "Report it" / "No" on it or the same typed: the question as
    /// description and everything read in it (category, service, title, impact, urgency) pre-filled, as if the form
    /// had started at once, so nothing said is asked again. A how-to about a request gets the request's form instead.
    /// <paramref name="refused"/>: an article was refused (under a ticket already open about it, none was).
    /// </summary>
    private async Task<TurnResult> ReportQuestionAsync(Session session, string? question, List<Reply> notices, CancellationToken cancellationToken, bool refused = true)
    {
        var (turn, texts) = (session.Context.Turn, session.Context.Texts);
        var stated = question is null ? null : await recognizer.RecognizeAsync(question, turn.Locale, cancellationToken).ConfigureAwait(false);
        if (stated?.Intent is Intent.RequestAccess or Intent.RequestSoftware)
        {
            // A how-to about a request the answer did not settle: the request's form (software for software), with the question.
            notices.Add(Reply.Of(texts.Get(TextKeys.KbNotHelpfulRequest)));
            return await StartByNameAsync(session, DialogOf(stated.Intent), new DialogSeed(question), notices, TextKeys.MenuRequestAccessNote, cancellationToken).ConfigureAwait(false);
        }

        if (refused)
        {
            notices.Add(Reply.Of(texts.Get(TextKeys.KbNotHelpful)));
        }

        if (session.Active is { } inProgress)
        {
            // "It's another problem" under a ticket shown inside a form: that form is kept to resume.
            session.Context.Parked = inProgress;
            notices.Add(Reply.Of(texts.Get(TextKeys.PipelineKept, ParkedCard.Kept(texts, inProgress.Name))));
        }

        var seed = question is null ? DialogSeed.Empty : ReportItSeed(question, stated);
        return await StartByNameAsync(session, IncidentDialog, seed, notices, TextKeys.MenuReportIncidentNote, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TurnResult> StartByNameAsync(Session session, string name, DialogSeed seed, List<Reply> notices, string noteKey, CancellationToken cancellationToken)
    {
        if (_dialogs.TryGetValue(name, out var dialog))
        {
            return await StartAsync(session, dialog, seed, notices, cancellationToken).ConfigureAwait(false);
        }

        var texts = session.Context.Texts;
        return Replies([.. notices, Menu(session.Context.Turn, texts, texts.Get(noteKey))]);
    }

    /// <summary>
    /// "Talk to a human": the escalation flow hands the conversation so far to the service desk. Typed inside a form
    /// (<paramref name="typed"/>), nothing is filed yet: the call-back is offered beside "Continue my request", since a
    /// wish for a person there may only be a wish to know what happens, and the draft is at stake. Typed again while that
    /// offer shows, it is the click. Clicked (or typed outside a form, where nothing is at stake), the call-back ticket is
    /// filed at once; from a form, the draft is kept and its step shown again below, to finish or cancel.
    /// </summary>
    private async Task<TurnResult> EscalateAsync(Session session, List<Reply> notices, CancellationToken cancellationToken, bool typed = false)
    {
        var (context, texts) = (session.Context, session.Context.Texts);
        if (typed && session is { Dialog: not null, Active: { } drafting } && drafting.Offered is not [OfferedCallBack])
        {
            // Remembered with the draft: the next turn of the form forgets it (FinishAsync), a person asked again takes it.
            await sessions.SaveAsync(context.Turn, drafting with { Offered = [OfferedCallBack], Parked = context.Parked, ETag = context.StoredETag }, readBack: false, cancellationToken).ConfigureAwait(false);
            return Replies([.. notices, Reply.Of(ParkedCard.OfferCallBack(texts, drafting.Name))]);
        }

        // The agent gets what was said: the dialog in progress, else the one put aside, else the misunderstood messages.
        var said = session.Active ?? context.Parked ?? session.Memory;
        var replies = await escalation.EscalateAsync(context, said, cancellationToken).ConfigureAwait(false);
        if (session is { Dialog: { } dialog, Active: { } active })
        {
            var back = texts.Get(TextKeys.PipelineBackTo, ParkedCard.Kept(texts, active.Name));
            var again = await dialog.RepromptAsync(context, active, back, cancellationToken).ConfigureAwait(false);
            return await FinishAsync(session, again, [.. notices, .. replies], cancellationToken).ConfigureAwait(false);
        }

        await ClearIfStoredAsync(session, cancellationToken).ConfigureAwait(false);
        return Replies([.. notices, .. replies]);
    }

    /// <summary>
    /// "That didn't help" on an answer card: the article stays where it was; the apology and the form's step come below
    /// it as new messages, in order (a card answer would replace the article and put the step above the apology).
    /// </summary>
    private static TurnResult BelowTheArticle(TurnResult started)
    {
        if (started.Invoke is not { } invoke)
        {
            return started;
        }

        var step = invoke.Card is { } card ? [new Reply(null, card) { Track = invoke.Track }] : Array.Empty<Reply>();
        return new TurnResult([.. started.Replies, .. step], InvokeAnswer.WithMessage(string.Empty));
    }

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;

    /// <summary>Every invoke gets an answer: the first card replaces the clicked one; the rest are sent as messages.</summary>
    private static TurnResult AsInvoke(TurnResult result)
    {
        if (result.Invoke is not null)
        {
            return result;
        }

        var card = result.Replies.FirstOrDefault(r => r.Card is not null);
        return card is null
            ? new TurnResult([], InvokeAnswer.WithMessage(string.Join("\n", result.Replies.Select(r => r.Text))))
            : new TurnResult([.. result.Replies.Where(r => !ReferenceEquals(r, card))], InvokeAnswer.WithCard(card.Card!) with { Track = card.Track });
    }
}
