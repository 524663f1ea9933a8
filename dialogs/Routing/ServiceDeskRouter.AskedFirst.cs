using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

// A question the recogniser sent elsewhere (my tickets, the equipment or new starter form, the menu) that the knowledge
// base likely answers: the article first, and the way the intent would have gone one click away.
internal sealed partial class ServiceDeskRouter
{
    /// <summary>
    /// The article first, for a message <em>asked</em> (a question mark, "how", "what now", "je fais quoi", a how-to
    /// clause anywhere), or one the rules were unsure of (under the confidence at which a language model would read it
    /// again), that the recogniser read as one of the intents that never look at the knowledge base (my tickets,
    /// equipment, a new starter, help or a greeting; a follow-up from someone who has no ticket), when the search finds a likely match
    /// (<see cref="Knowledge.KnowledgeRelevance.IsLikely"/>): "someone joins my team in two weeks, what should I request
    /// for them?" is answered by the onboarding article, not by a new-starter form. A card under it offers what the
    /// intent would have done, so a person who meant it loses one click. Null when the message only states something
    /// the rules were sure of, when it names a ticket, or when no article is a likely match: the intent goes on as before
    /// (a bare "my tickets" or "I need a new headset" is never held up, and what the base does not cover still ends
    /// where it did).
    /// </summary>
    private async Task<TurnResult?> AskedFirstAsync(Session session, Recognition recognition, string text, List<Reply> notices, CancellationToken cancellationToken)
    {
        if (InsteadOf(recognition.Intent) is not { } instead || recognition.TicketNumber is not null)
        {
            return null;
        }

        var context = session.Context;
        var aboutTickets = recognition.Intent is Intent.TicketFollowUp or Intent.MyTickets;
        if (aboutTickets && await myTickets.NamesListedAsync(context, text, recognition, cancellationToken).ConfigureAwait(false))
        {
            // Read as about a ticket, and the message may be about one of theirs: the follow-up or the list decides,
            // never an article.
            return null;
        }

        // Read as a follow-up on a ticket that the message does not name and the employee does not have: the follow-up
        // would only say "no such ticket", so any article the search finds is the better answer, asked or stated ("mon pc
        // me demande une clé bitlocker"). Read as a new starter but asked how to do it or what the rule is ("comment
        // préparer l'arrivée d'un stagiaire", "who approves a newcomer's accounts"): the onboarding how-to is what is
        // asked, and the form stays one click away. Otherwise only a likely article takes the intent's place, and only
        // when asked.
        if (recognition.Intent == Intent.RequestHardware && AccessNaming.WishedWithoutFault(TextFolding.Words(text), text.Contains('?', StringComparison.Ordinal)))
        {
            // "can I get a headset with a mic", "je voudrais un casque": a wish for the thing, asked politely; the equipment
            // form, never the article about a headset that does not work ("how do I get a headset" still asks how).
            return null;
        }

        var noTicket = recognition.Intent == Intent.TicketFollowUp;
        var howTo = recognition.Intent == Intent.NewStarter && (HowToShape.AsksHow(text) || RuleShape.AsksTheRule(text));
        if (!noTicket && !(IsAsked(text) || recognition.Confidence < Assist.UnsureUnderstanding.Unsure))
        {
            return null;
        }

        if (await knowledge.TryAnswerLikelyAsync(context, text, cancellationToken, anyMatch: noTicket || howTo).ConfigureAwait(false) is not { } answer)
        {
            return null;
        }

        var texts = context.Texts;
        var note = texts.Get(TextKeys.KbNotWhatYouMeant);
        var card = FormCard.Build(new FormCardView(note, note) { Actions = [CardActions.Execute(texts.Get(instead.Label), instead.Verb)] });
        return Replies([.. notices, .. answer, Reply.Of(card)]);
    }

    /// <summary>
    /// Whether a thing is needed, asked impersonally (<see cref="RuleShape.AsksWhetherNeeded"/>: "il faut un code pour
    /// le wifi invité ?") and read as a request because the catalogue names something like it: any article over the
    /// search's own threshold answers (nobody asks for a thing in these words, so a request form would answer a question
    /// never asked), with the request one click away. Null when the search finds nothing: the request goes on as before.
    /// </summary>
    private async Task<TurnResult?> NeededFirstAsync(Session session, Intent intent, string text, List<Reply> notices, CancellationToken cancellationToken)
    {
        var context = session.Context;
        if (await knowledge.TryAnswerLikelyAsync(context, text, cancellationToken, anyMatch: true).ConfigureAwait(false) is not { } answer)
        {
            return null;
        }

        var texts = context.Texts;
        var (label, verb) = intent == Intent.RequestSoftware
            ? (TextKeys.WelcomeRequestSoftwareTitle, MenuVerbs.RequestSoftware)
            : (TextKeys.WelcomeRequestAccessTitle, MenuVerbs.RequestAccess);
        var note = texts.Get(TextKeys.KbNotWhatYouMeant);
        var card = FormCard.Build(new FormCardView(note, note) { Actions = [CardActions.Execute(texts.Get(label), verb)] });
        return Replies([.. notices, .. answer, Reply.Of(card)]);
    }

    /// <summary>Asked rather than stated: a question's shape, an asking word anywhere, or a how-to.</summary>
    private static bool IsAsked(string text) =>
        IntentShape.AsksSomewhere(text, TextFolding.Words(text)) || ProblemShape.Asks(text) || HowToShape.AsksHow(text);

    /// <summary>
    /// The intents a likely article may answer first, with the menu button that does what the intent would have done.
    /// Not the incident (it has its own "this may solve it"), nor a request (a how-to about one already reaches the
    /// knowledge base unless the catalogue clearly names an item), nor an outage, a ticket named or a person; a follow-up
    /// only from someone with no ticket it could be about (it would show an empty list).
    /// </summary>
    private static (string Label, string Verb)? InsteadOf(Intent intent) => intent switch
    {
        Intent.MyTickets or Intent.TicketFollowUp => (TextKeys.WelcomeMyTicketsTitle, MenuVerbs.MyTickets),
        Intent.RequestHardware => (TextKeys.WelcomeRequestHardwareTitle, MenuVerbs.RequestHardware),
        Intent.NewStarter => (TextKeys.WelcomeNewStarterTitle, MenuVerbs.NewStarter),
        Intent.Help or Intent.Greeting => (TextKeys.EngineMenuButton, EngineVerbs.Menu),
        _ => null,
    };
}
