using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

// A problem reported: the incident form, with the article that may solve it shown beside its first step; a request the
// catalogue could not place: its form, with an article that clearly answers it beside its first step.
internal sealed partial class ServiceDeskRouter
{
    /// <summary>
    /// A problem only stated ("my disk is full", "outlook keeps asking for my password") starts the incident form at
    /// once, pre-filled from the sentence; the best article comes first, beside the form's first step, so the employee
    /// who needs a ticket loses nothing (no click to get past the article) and the one it helps says so and stops.
    /// </summary>
    private async Task<TurnResult> ReportAsync(Session session, Recognition recognition, List<Reply> notices, CancellationToken cancellationToken)
    {
        var context = session.Context;
        var text = context.Turn.Text!;
        var before = notices.Count;
        var started = await StartByNameAsync(session, IncidentDialog, SeedOf(text, recognition), notices, TextKeys.MenuReportIncidentNote, cancellationToken).ConfigureAwait(false);
        if (context.Current is not { Name: IncidentDialog } form
            || await knowledge.BesideAsync(context, text, recognition, form, cancellationToken).ConfigureAwait(false) is not { } article)
        {
            return started;
        }

        return started with { Replies = [.. started.Replies.Take(before), article, .. started.Replies.Skip(before)] };
    }

    /// <summary>
    /// A request: its form (<paramref name="dialog"/>: access, software), pre-filled from the sentence. When the catalogue
    /// could not place what was asked ("il me faut une licence pour un logiciel payant", "mettre un message d'absence") and
    /// an article likely answers it, that article comes beside the form's first step, as for an incident.
    /// </summary>
    private async Task<TurnResult> RequestAsync(Session session, Recognition recognition, List<Reply> notices, CancellationToken cancellationToken, string dialog = AccessDialog)
    {
        var context = session.Context;
        var text = context.Turn.Text!;
        var before = notices.Count;
        var seed = new DialogSeed(text) { Resource = recognition.ResourceHint, EndDate = recognition.EndDateHint };
        var started = await StartByNameAsync(session, dialog, seed, notices, TextKeys.MenuRequestAccessNote, cancellationToken).ConfigureAwait(false);
        if (context.Current is not { } form
            || form.Name != dialog
            || accessCatalogue?.Match(PartOf(dialog), text).Kind != Catalogue.AccessMatchKind.None
            || await knowledge.BesideAsync(context, text, recognition, form, cancellationToken, request: true).ConfigureAwait(false) is not { } article)
        {
            return started;
        }

        return started with { Replies = [.. started.Replies.Take(before), article, .. started.Replies.Skip(before)] };
    }

    private static Catalogue.CataloguePart PartOf(string dialog) =>
        dialog == SoftwareDialog ? Catalogue.CataloguePart.Software : Catalogue.CataloguePart.Access;

    /// <summary>The incident's seed from a sentence: everything the recogniser read in it, so nothing is asked twice.</summary>
    private static DialogSeed SeedOf(string text, Recognition? recognition) =>
        new(text, recognition?.CategoryHint, recognition?.TitleHint, Service: recognition?.ServiceHint)
        {
            Impact = recognition?.ImpactHint,
            Urgency = recognition?.UrgencyHint,
        };

    /// <summary>"Report it" under an article: the question as description, with everything the recogniser read in it.</summary>
    private static DialogSeed ReportItSeed(string question, Recognition? stated)
    {
        var seed = SeedOf(question, stated);
        return seed with { Title = seed.Title ?? Cut(question, 200), Description = question };
    }

    /// <summary>
    /// "That solved it" / "It didn't help" on the article shown beside the form in progress: the form is closed (nothing
    /// sent), or carries on at the step it was at. On the article beside a form that is over, only the feedback counts
    /// (no new form starts). Null when the click is not about such an article (an ordinary answer card).
    /// </summary>
    private async Task<TurnResult?> BesideClickAsync(Session session, CardAction action, List<Reply> notices, CancellationToken cancellationToken)
    {
        var (context, texts) = (session.Context, session.Context.Texts);
        var form = session.Active is { Name: IncidentDialog or AccessDialog } active && session.Dialog is not null ? active : null;
        var (answer, withForm) = await knowledge.BesideClickAsync(context, action.Verb, action.Data, form, cancellationToken).ConfigureAwait(false);
        if (answer == BesideAnswer.None)
        {
            return null;
        }

        if (!withForm)
        {
            return Replies([.. notices, Reply.Of(texts.Get(answer == BesideAnswer.Solved ? TextKeys.KbThanks : TextKeys.KbBesideNoted))]);
        }

        return await BesideAnsweredAsync(session, session.Dialog!, answer, notices, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Feedback typed right after the article beside the form, before the step's answer; null when it is not.</summary>
    private async Task<TurnResult?> BesideTypedAsync(Session session, IDialog dialog, List<Reply> notices, CancellationToken cancellationToken)
    {
        if (session.Active is not { Name: IncidentDialog or AccessDialog } form)
        {
            return null;
        }

        var answer = await knowledge.BesideTypedAsync(session.Context, session.Context.Turn.Text!, form, cancellationToken).ConfigureAwait(false);
        return answer == BesideAnswer.None ? null : await BesideAnsweredAsync(session, dialog, answer, notices, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TurnResult> BesideAnsweredAsync(Session session, IDialog dialog, BesideAnswer answer, List<Reply> notices, CancellationToken cancellationToken)
    {
        var (context, texts) = (session.Context, session.Context.Texts);
        var isInvoke = context.Turn.Action?.IsInvoke == true;
        if (answer == BesideAnswer.Solved)
        {
            // The form goes; a request put aside earlier stays, and is offered again.
            await RememberAsync(session, null, cancellationToken).ConfigureAwait(false);
            var solved = texts.Get(TextKeys.KbBesideSolved);
            return isInvoke
                ? new TurnResult([.. notices, .. KeptCard(context)], InvokeAnswer.WithCard(Note(solved)))
                : Replies([.. notices, Reply.Of(solved), .. KeptCard(context)]);
        }

        // The clicked article card becomes the note; the step in progress comes again below it, as a new message.
        var carryOn = texts.Get(TextKeys.KbBesideCarryOn);
        var again = await dialog.RepromptAsync(context, session.Active!, null, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<Reply> step = again.Invoke?.Card is { } card ? [Reply.Of(card)] : again.Replies;
        var shown = await FinishAsync(session, again with { Replies = step, Invoke = null }, notices, cancellationToken).ConfigureAwait(false);
        return isInvoke
            ? shown with { Invoke = InvokeAnswer.WithCard(Note(carryOn)) }
            : shown with { Replies = [.. notices, Reply.Of(carryOn), .. shown.Replies.Skip(notices.Count)] };
    }

    private static AdaptiveCard Note(string text) => FormCard.Build(new FormCardView(text, text));
}
