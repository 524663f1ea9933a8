using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>
/// Decides what a turn means, in one explicit order (design.md, "The walk of a message", step 3):
/// install → card action by verb → interrupt → [active dialog, intent: issue 4] → fallback (the menu).
/// The first step that claims the turn answers it; nothing else runs.
/// </summary>
internal sealed class ServiceDeskRouter : ITurnHandler
{
    public Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var texts = Texts.For(turn.Locale);
        var result = turn switch
        {
            { Kind: TurnKind.Installed } => Installed(turn, texts),
            { Action: { } action } => CardAction(turn, action, texts),
            { Kind: TurnKind.Message } => Message(turn, texts),
            _ => TurnResult.Nothing,
        };
        return Task.FromResult(result);
    }

    private static TurnResult Installed(Turn turn, Texts texts) =>
        turn.Conversation.Kind == ConversationKind.Personal
            ? Replies(Reply.Of(MenuCard.Build(texts, turn.From.Name)))
            // Agents' setup in a team comes with the agents' side; until then a short hello.
            : Replies(Reply.Of(texts.Get(TextKeys.ChannelHello)));

    private static TurnResult CardAction(Turn turn, CardAction action, Texts texts)
    {
        var noteKey = MenuNoteKey(action.Verb);
        if (noteKey is null)
        {
            return action.IsInvoke
                ? new TurnResult([], InvokeAnswer.Error(400, "unknownAction", texts.Get(TextKeys.InvokeUnknownAction)))
                : Replies(Reply.Of(texts.Get(TextKeys.InvokeUnknownAction)), Menu(turn, texts));
        }

        // Until the flows exist (issue 4), a menu button shows the menu again with how to go on.
        var card = MenuCard.Build(texts, turn.From.Name, texts.Get(noteKey));
        return action.IsInvoke
            ? new TurnResult([], InvokeAnswer.WithCard(card))
            : Replies(Reply.Of(card));
    }

    private static TurnResult Message(Turn turn, Texts texts)
    {
        if (string.IsNullOrWhiteSpace(turn.Text))
        {
            return Replies(Reply.Of(texts.Get(TextKeys.MessageEmpty)), Menu(turn, texts));
        }

        return Interrupts.Recognise(turn.Text) switch
        {
            Interrupt.Help or Interrupt.Menu or Interrupt.StartOver => Replies(Menu(turn, texts)),
            Interrupt.Cancel => Replies(Reply.Of(texts.Get(TextKeys.CancelNothing))),
            // Active dialog and intents come here (issue 4); until then the menu says what the bot does.
            _ => Replies(Reply.Of(texts.Get(TextKeys.FallbackMenu)), Menu(turn, texts)),
        };
    }

    private static string? MenuNoteKey(string verb) => verb switch
    {
        MenuVerbs.ReportIncident => TextKeys.MenuReportIncidentNote,
        MenuVerbs.RequestAccess => TextKeys.MenuRequestAccessNote,
        MenuVerbs.MyTickets => TextKeys.MenuMyTicketsNote,
        MenuVerbs.AskQuestion => TextKeys.MenuAskQuestionNote,
        _ => null,
    };

    private static Reply Menu(Turn turn, Texts texts) => Reply.Of(MenuCard.Build(texts, turn.From.Name));

    private static TurnResult Replies(params Reply[] replies) => new(replies);
}
