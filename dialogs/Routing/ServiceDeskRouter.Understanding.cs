using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Flows.MyTickets;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

// What a message means: inside a form, another topic (ServiceDeskRouter.Asides.cs) or the step's answer; outside, an
// intent or the knowledge base.
internal sealed partial class ServiceDeskRouter
{
    /// <summary>
    /// A message while a form is open. No step takes it when it is obviously another question (a short question with a
    /// strong intent other than the form's own): the option matcher is lenient enough to read "how do I change my
    /// password?" as a category. Otherwise the step tries it, and only a message a step with options refuses may
    /// still turn out to be another topic.
    /// </summary>
    private async Task<TurnResult> DialogMessageAsync(Session session, IDialog dialog, Recognition recognition, List<Reply> notices, CancellationToken cancellationToken)
    {
        var (context, text) = (session.Context, session.Context.Turn.Text!);
        if (await CallBackAnsweredAsync(session, dialog, notices, cancellationToken).ConfigureAwait(false) is { } answered)
        {
            // "yes" / "non" just after the call-back was offered: the answer to that offer, not to the step.
            return answered;
        }

        if (await BesideTypedAsync(session, dialog, notices, cancellationToken).ConfigureAwait(false) is { } beside)
        {
            // "thanks, that fixed it" / "didn't help" just after the article shown beside the form: about the article.
            return beside;
        }

        if (await ThanksForAsideAsync(session, notices, cancellationToken).ConfigureAwait(false) is { } thanked)
        {
            // "merci ça marche" just after an article answered aside: the need is met, the form is put aside unfiled.
            return thanked;
        }

        if (await NotHelpedAsideAsync(session, dialog, notices, cancellationToken).ConfigureAwait(false) is { } resumed)
        {
            // "didn't help" just after an article answered aside: noted, and the form carries on at its step.
            return resumed;
        }

        if (TopicSwitch.HowToAside(text) is { } asked)
        {
            // Asked aside, how to do something: the knowledge base answers the question without its aside.
            return await SwitchAsync(session, recognition with { Intent = Intent.Question, Confidence = Math.Max(recognition.Confidence, TopicSwitch.Strong) },
                notices, cancellationToken, asked).ConfigureAwait(false);
        }

        if (TopicSwitch.BeforeStep(text, recognition, dialog.Name))
        {
            return await SwitchAsync(session, recognition, notices, cancellationToken).ConfigureAwait(false);
        }

        var outcome = await dialog.ContinueAsync(context, session.Active!, DialogInput.Typed(text), cancellationToken).ConfigureAwait(false);
        if (outcome.Refused && TopicSwitch.FollowUpAfterRefusal(text, recognition) is { } followUp)
        {
            context.Current = null;
            return await SwitchAsync(session, followUp, notices, cancellationToken).ConfigureAwait(false);
        }

        if (outcome.Refused && recognition.Intent is not (Intent.Human or Intent.MyTickets or Intent.TicketStatus)
            && HowToShape.AsksHow(text) && !HowToShape.AsksForFix(text))
        {
            // Refused, "how do I find my serial number": a how-to, whatever its subject weighs for; the knowledge base.
            context.Current = null;
            return await SwitchAsync(session, recognition with { Intent = Intent.Question, Confidence = Math.Max(recognition.Confidence, TopicSwitch.Strong) },
                notices, cancellationToken).ConfigureAwait(false);
        }

        if (outcome.Refused && TopicSwitch.AfterRefusal(text, recognition, dialog.Name))
        {
            // Nothing of the refused answer is kept: the request is put aside as it was before this message.
            context.Current = null;
            return await SwitchAsync(session, recognition, notices, cancellationToken).ConfigureAwait(false);
        }

        return await FinishAsync(session, outcome, notices, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// No dialog in progress: a recognised intent, else the knowledge base. After <see cref="DialogOptions.MaxFailedTries"/>
    /// messages in a row that the bot could not understand or answer, it offers a person, once, instead of apologising again.
    /// </summary>
    private async Task<TurnResult> NoDialogMessageAsync(Session session, Recognition recognition, List<Reply> notices, CancellationToken cancellationToken)
    {
        var (context, texts) = (session.Context, session.Context.Texts);
        if (session.Memory?.Offered is { Count: > 0 } offered
            && await OfferedAsync(session, offered, notices, cancellationToken).ConfigureAwait(false) is { } picked)
        {
            return picked;
        }

        if (await knowledge.ReportTypedAsync(context, context.Turn.Text!, cancellationToken).ConfigureAwait(false) is { } reported)
        {
            // "report it", "ouvrez un ticket" after an article, or "no" to one offered for a problem before its form:
            // the form for that problem, never the list of my tickets.
            return await ReportQuestionAsync(session, reported, notices, cancellationToken).ConfigureAwait(false);
        }

        if (await knowledge.FeedbackAsync(context, context.Turn.Text!, cancellationToken).ConfigureAwait(false) is { } feedback)
        {
            // A word about the article just shown ("it worked", "still broken"), not a new question.
            return Replies([.. notices, .. feedback]);
        }

        // Only here, outside a form and past the answers to what was just shown, may the language model read again a
        // message the rules were unsure of: what it reads goes to the same forms and confirmation cards.
        recognition = await unsure.ReconsiderAsync(context.Turn.Text!, recognition, context.Turn.Locale, cancellationToken).ConfigureAwait(false);
        var result = recognition.Intent == Intent.None
            ? Replies([.. notices, Reply.Of(texts.Get(TextKeys.PipelineNotUnderstood)), Menu(context.Turn, texts)])
            : await IntentAsync(session, recognition, notices, cancellationToken).ConfigureAwait(false);
        if (context.Current is not null || recognition.Intent == Intent.Human)
        {
            // A form started (and was saved), or the conversation went to a person.
            return result;
        }

        var missed = recognition.Intent == Intent.None || (IsKnowledge(recognition) && !Answered(result));
        var before = session.Memory?.Misses ?? 0;
        var misses = missed ? before + 1 : 0;
        var offer = misses >= context.Options.MaxFailedTries;
        if (offer)
        {
            context.Offered = [OfferedHuman];
        }

        if (misses != before || offer || context.Offered.Count > 0 || session.Memory?.Offered.Count > 0)
        {
            var memory = (session.Memory ?? ActiveDialog.Nothing) with { Misses = offer ? 0 : misses };
            memory = missed ? memory.WithLine(context.Turn.Text!) : memory with { Transcript = [] };
            await RememberAsync(session, memory, cancellationToken).ConfigureAwait(false);
        }

        return offer ? result with { Replies = [.. result.Replies, Reply.Of(ParkedCard.OfferHuman(texts))] } : result;
    }

    /// <summary>What an intent asks for, answered: a form started, the tickets, the outages, the knowledge base.</summary>
    private async Task<TurnResult> IntentAsync(Session session, Recognition recognition, List<Reply> notices, CancellationToken cancellationToken, string? asked = null)
    {
        var (turn, texts, context) = (session.Context.Turn, session.Context.Texts, session.Context);
        var text = asked ?? turn.Text!;
        Func<CancellationToken, Task<IReadOnlyList<Reply>?>>? articleFirst = recognition.Intent is Intent.ReportIncident or Intent.Question
            ? ct => knowledge.TrySolveFirstAsync(context, text, recognition, ct)
            : null;
        if (MayBeAboutOwnTicket(recognition) && await myTickets.AboutOwnTicketAsync(context, text, recognition, cancellationToken, articleFirst).ConfigureAwait(false) is { } own)
        {
            // Asked about, or restated, as something new: one of the employee's tickets is about it, never a second one;
            // a problem stated as new gets the article that may solve it above the question about that ticket.
            return Replies([.. notices, .. own]);
        }

        if (await AskedFirstAsync(session, recognition, text, notices, cancellationToken).ConfigureAwait(false) is { } first)
        {
            // Asked, and clearly answered by an article, though read as my tickets, a request for a thing or the menu.
            return first;
        }

        switch (recognition.Intent)
        {
            case Intent.ReportIncident when ProblemShape.Asks(text)
                && await knowledge.TrySolveFirstAsync(context, text, recognition, cancellationToken).ConfigureAwait(false) is { } solve:
                // A problem asked about ("my disk is full, what do I do?"): the answer first, "Report it" goes on to the form.
                return Replies([.. notices, .. solve]);
            case Intent.ReportIncident when HowToShape.AsksHow(text) && !HowToShape.AsksForFix(text):
                // "on m'a dit de mettre en place le MFA, ça se fait comment ?": how to do something, not a fault; the
                // knowledge base answers (or says it does not know and offers the ticket), never the form at once.
                return Replies([.. notices, .. await knowledge.AnswerAsync(context, text, cancellationToken).ConfigureAwait(false)]);
            case Intent.ReportIncident:
                return await ReportAsync(session, recognition, notices, cancellationToken).ConfigureAwait(false);
            case Intent.RequestAccess or Intent.RequestSoftware when (RuleShape.AsksTheRule(text)
                    || (RuleShape.AsksHowToGet(text) && accessCatalogue?.Match(PartOf(DialogOf(recognition.Intent)), text).Kind is not Catalogue.AccessMatchKind.Clear))
                && await knowledge.TrySolveFirstAsync(context, text, recognition, cancellationToken, request: true, unplaced: true).ConfigureAwait(false) is { } rule:
                // "who approves a paid licence?", "can I install software myself?": asked about the rule, not yet the wish,
                // whatever item the catalogue places; "comment on obtient un accès ?": the way, when the catalogue names no
                // item clearly ("how do I get Power BI Pro" is the request for it). A likely article answers first, and
                // "Request it" under it starts the request with this message, so nothing is lost.
                return Replies([.. notices, .. rule]);
            case Intent.RequestAccess or Intent.RequestSoftware when RuleShape.AsksWhetherNeeded(text)
                && await NeededFirstAsync(session, recognition.Intent, text, notices, cancellationToken).ConfigureAwait(false) is { } needed:
                // "il faut un code pour le wifi ?": whether it is needed, asked of no one in particular; not a wish for it.
                return needed;
            case Intent.RequestAccess or Intent.RequestSoftware when HowToShape.AsksHow(text) && !HowToShape.AsksToRequest(text)
                && (!HowToShape.AsksForAccess(text) || accessCatalogue?.Match(PartOf(DialogOf(recognition.Intent)), text).Kind is null or Catalogue.AccessMatchKind.None):
                // "how do I export a diagram from Visio?": a how-to that names a product is about it, not a wish for it;
                // one about getting access to what the catalogue does not have ("comment lui donner accès au wifi") is
                // a how-to too. A request form never starts on a how-to.
                return Replies([.. notices, .. await knowledge.AnswerAsync(context, text, cancellationToken).ConfigureAwait(false)]);
            case Intent.RequestAccess or Intent.RequestSoftware when ProblemShape.Asks(text)
                && accessCatalogue?.Match(PartOf(DialogOf(recognition.Intent)), text).Kind is { } placed and not Catalogue.AccessMatchKind.Clear
                && await knowledge.TrySolveFirstAsync(context, text, recognition, cancellationToken, request: true, unplaced: placed == Catalogue.AccessMatchKind.None).ConfigureAwait(false) is { } howTo:
                // "how do I get my accounts for a new starter": how, not which item; the answer, and the form on "No".
                return Replies([.. notices, .. howTo]);
            case Intent.RequestAccess or Intent.RequestSoftware:
                return await RequestAsync(session, recognition, notices, cancellationToken, DialogOf(recognition.Intent)).ConfigureAwait(false);
            case Intent.RequestHardware:
                return await StartByNameAsync(session, HardwareDialog, new DialogSeed(text), notices, TextKeys.MenuRequestAccessNote, cancellationToken).ConfigureAwait(false);
            case Intent.NewStarter:
                return await StartByNameAsync(session, NewStarterDialog, new DialogSeed(text), notices, TextKeys.MenuRequestAccessNote, cancellationToken).ConfigureAwait(false);
            case Intent.MyTickets:
                return Replies([.. notices, .. await myTickets.ListAsync(context, cancellationToken).ConfigureAwait(false)]);
            case Intent.TicketFollowUp:
                return Replies([.. notices, .. await myTickets.FollowUpAsync(context, text, recognition, cancellationToken).ConfigureAwait(false)]);
            case Intent.TicketStatus:
                return Replies([.. notices, .. await myTickets.OpenAsync(context, recognition.TicketNumber, cancellationToken, recognition.KindGuessed).ConfigureAwait(false)]);
            case Intent.Human:
                return await EscalateAsync(session, notices, cancellationToken).ConfigureAwait(false);
            case Intent.Outage:
                return Replies([.. notices, .. await outageBoard.ListAsync(turn, cancellationToken).ConfigureAwait(false)]);
            case Intent.Help or Intent.Greeting:
                return Replies([.. notices, Menu(turn, texts)]);
            default:
                return Replies([.. notices, .. await knowledge.AnswerAsync(context, text, cancellationToken).ConfigureAwait(false)]);
        }
    }

    private static string DialogOf(Intent intent) => intent == Intent.RequestSoftware ? SoftwareDialog : AccessDialog;

    /// <summary>Intents that open something new or answer generally: a ticket of the employee's may be meant instead.</summary>
    private static bool MayBeAboutOwnTicket(Recognition recognition) =>
        recognition.Intent is Intent.ReportIncident or Intent.RequestAccess or Intent.RequestSoftware or Intent.RequestHardware
            or Intent.Question or Intent.Human or Intent.MyTickets;

    private static bool IsKnowledge(Recognition recognition) =>
        recognition.Intent is not (Intent.ReportIncident or Intent.RequestAccess or Intent.RequestSoftware or Intent.RequestHardware
            or Intent.NewStarter or Intent.MyTickets or Intent.TicketFollowUp
            or Intent.TicketStatus or Intent.Human or Intent.Outage or Intent.Help or Intent.Greeting);

    /// <summary>The knowledge base found an article: its answer card asks "did this help?" ("I don't know" does not).</summary>
    private static bool Answered(TurnResult result) =>
        result.Replies.Any(r => r.Card is { } card && Verbs(card.Actions ?? [], card.Body).Contains(KnowledgeVerbs.Helpful));

    private static IEnumerable<string> Verbs(IEnumerable<AdaptiveAction> actions, IEnumerable<CardElement> body) =>
        actions.OfType<ExecuteAction>().Select(a => a.Verb).Concat(body.SelectMany(element => element switch
        {
            ActionSet set => Verbs(set.Actions, []),
            Container container => Verbs([], container.Items),
            ColumnSet columns => columns.Columns.SelectMany(c => Verbs([], c.Items)),
            _ => [],
        }));
}
