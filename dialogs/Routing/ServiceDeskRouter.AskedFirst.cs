using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

// A question the recogniser sent elsewhere (my tickets, the equipment or new starter form, the menu) that the knowledge
// base clearly answers: the article first, and the way the intent would have gone one click away.
internal sealed partial class ServiceDeskRouter
{
    /// <summary>
    /// The article first, for a message <em>asked</em> (a question mark, "how", "what now", "je fais quoi", a how-to
    /// clause anywhere), or one the rules were unsure of (under the confidence at which a language model would read it
    /// again), that the recogniser read as one of the intents that never look at the knowledge base (my tickets,
    /// equipment, a new starter, help or a greeting), when the search finds a clear match
    /// (<see cref="Knowledge.KnowledgeRelevance.IsClear"/>): "someone joins my team in two weeks, what should I request
    /// for them?" is answered by the onboarding article, not by a new-starter form. A card under it offers what the
    /// intent would have done, so a person who meant it loses one click. Null when the message only states something
    /// the rules were sure of, when it names a ticket, or when no article is a clear match: the intent goes on as before
    /// (a bare "my tickets" or "I need a new headset" is never held up, and what the base does not cover still ends
    /// where it did).
    /// </summary>
    private async Task<TurnResult?> AskedFirstAsync(Session session, Recognition recognition, string text, List<Reply> notices, CancellationToken cancellationToken)
    {
        if (InsteadOf(recognition.Intent) is not { } instead || recognition.TicketNumber is not null
            || !(IsAsked(text) || recognition.Confidence < Assist.UnsureUnderstanding.Unsure))
        {
            return null;
        }

        var context = session.Context;
        if (await knowledge.TryAnswerClearAsync(context, text, cancellationToken).ConfigureAwait(false) is not { } answer)
        {
            return null;
        }

        var texts = context.Texts;
        var note = texts.Get(TextKeys.KbNotWhatYouMeant);
        var card = FormCard.Build(new FormCardView(note, note) { Actions = [CardActions.Execute(texts.Get(instead.Label), instead.Verb)] });
        return Replies([.. notices, .. answer, Reply.Of(card)]);
    }

    /// <summary>Asked rather than stated: a question's shape, an asking word anywhere, or a how-to.</summary>
    private static bool IsAsked(string text) =>
        IntentShape.AsksSomewhere(text, TextFolding.Words(text)) || ProblemShape.Asks(text) || HowToShape.AsksHow(text);

    /// <summary>
    /// The intents a clear article may answer first, with the menu button that does what the intent would have done.
    /// Not the incident (it has its own "this may solve it"), nor a request (a how-to about one already reaches the
    /// knowledge base unless the catalogue clearly names an item), nor an outage, a ticket named, a follow-up or a person.
    /// </summary>
    private static (string Label, string Verb)? InsteadOf(Intent intent) => intent switch
    {
        Intent.MyTickets => (TextKeys.WelcomeMyTicketsTitle, MenuVerbs.MyTickets),
        Intent.RequestHardware => (TextKeys.WelcomeRequestHardwareTitle, MenuVerbs.RequestHardware),
        Intent.NewStarter => (TextKeys.WelcomeNewStarterTitle, MenuVerbs.NewStarter),
        Intent.Help or Intent.Greeting => (TextKeys.EngineMenuButton, EngineVerbs.Menu),
        _ => null,
    };
}
