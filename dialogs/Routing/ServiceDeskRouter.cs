using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Escalation;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Flows.MyTickets;
using ServiceDesk.Dialogs.Flows.ReportIncident;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>
/// Decides what a turn means, in one explicit order (docs/architecture.md, "The walk of a message", step 3):
/// install → card action by verb → (channel: the agents' side) → interrupt → active dialog → recognised intent → knowledge base.
/// The first step that claims the turn answers it; nothing else runs. Dialog state is loaded once per turn and
/// saved (under ETag) once after it.
/// </summary>
internal sealed partial class ServiceDeskRouter(
    DialogSessions sessions,
    IEnumerable<IDialog> dialogs,
    IIntentRecognizer recognizer,
    KnowledgeAnswers knowledge,
    MyTicketsFlow myTickets,
    EscalationFlow escalation,
    IOutageQuery outages,
    IEnumerable<ICardActionHandler> actionHandlers,
    AgentChannel agentChannel,
    QueueSetupHandler? queueSetup = null,
    Announcements.Employees.OutageBoard? outageBoard = null) : ITurnHandler
{
    private readonly Dictionary<string, IDialog> _dialogs = dialogs.ToDictionary(d => d.Name, StringComparer.Ordinal);

    public async Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var texts = Texts.For(turn.Locale);
        return turn switch
        {
            { Kind: TurnKind.Installed } => Installed(turn, texts),
            { Action: { } action } => await CardActionAsync(turn, action, texts, cancellationToken).ConfigureAwait(false),
            { Kind: TurnKind.Message } => await MessageAsync(turn, texts, cancellationToken).ConfigureAwait(false),
            _ => TurnResult.Nothing,
        };
    }

    private TurnResult Installed(Turn turn, Texts texts) => turn.Conversation switch
    {
        { Kind: ConversationKind.Personal } => Replies(Reply.Of(MenuCard.Build(texts, turn.From.Name))),
        // Added to a team: the agents' queue setup card in that channel.
        { Kind: ConversationKind.Channel } when queueSetup is not null => queueSetup.Installed(turn, texts),
        _ => Replies(Reply.Of(texts.Get(TextKeys.ChannelHello))),
    };

    private async Task<TurnResult> MessageAsync(Turn turn, Texts texts, CancellationToken cancellationToken)
    {
        if (turn.Conversation.Kind == ConversationKind.Channel)
        {
            // The agents' channel: replies and notes in a ticket's thread, commands elsewhere; no employee dialogs there.
            return await agentChannel.HandleAsync(turn, cancellationToken).ConfigureAwait(false);
        }

        if (string.IsNullOrWhiteSpace(turn.Text))
        {
            return Replies(Reply.Of(texts.Get(TextKeys.MessageEmpty)), Menu(turn, texts));
        }

        var notices = new List<Reply>();
        var max = sessions.Options.MaxMessageLength;
        if (turn.Text.Length > max)
        {
            turn = turn with { Text = turn.Text[..max] };
            notices.Add(Reply.Of(texts.Get(TextKeys.MessageTooLong, max)));
        }

        var session = await OpenAsync(turn, notices, cancellationToken).ConfigureAwait(false);
        var interrupt = Interrupts.Recognise(turn.Text);
        if (interrupt != Interrupt.None)
        {
            return await InterruptAsync(session, interrupt, notices, cancellationToken).ConfigureAwait(false);
        }

        if (session.Dialog is { } dialog)
        {
            var outcome = await dialog.ContinueAsync(session.Context, session.Active!, DialogInput.Typed(turn.Text), cancellationToken).ConfigureAwait(false);
            return await FinishAsync(session, outcome, notices, cancellationToken).ConfigureAwait(false);
        }

        return await NoDialogMessageAsync(session, notices, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TurnResult> InterruptAsync(Session session, Interrupt interrupt, List<Reply> notices, CancellationToken cancellationToken)
    {
        var (turn, texts) = (session.Context.Turn, session.Context.Texts);
        switch (interrupt)
        {
            case Interrupt.Help when session.Dialog is { } dialog:
                var help = await dialog.RepromptAsync(session.Context, session.Active!, texts.Get(TextKeys.EngineHelp), cancellationToken).ConfigureAwait(false);
                return await FinishAsync(session, help, notices, cancellationToken).ConfigureAwait(false);
            case Interrupt.StartOver when session.Dialog is { } dialog:
                notices.Add(Reply.Of(texts.Get(TextKeys.EngineStartOver)));
                return await StartAsync(session, dialog, DialogSeed.Empty, notices, cancellationToken).ConfigureAwait(false);
            case Interrupt.Cancel when session.Dialog is not null:
                await sessions.ClearAsync(turn, cancellationToken).ConfigureAwait(false);
                return Replies([.. notices, Reply.Of(texts.Get(TextKeys.EngineCancelled))]);
            case Interrupt.Cancel:
                return Replies([.. notices, Reply.Of(texts.Get(TextKeys.CancelNothing))]);
            case Interrupt.Human:
                return await EscalateAsync(session, notices, cancellationToken).ConfigureAwait(false);
            default:
                // Help, menu or start over with nothing in progress, or menu during a dialog: leave it and show the menu.
                await ClearIfStoredAsync(session, cancellationToken).ConfigureAwait(false);
                return Replies([.. notices, Menu(turn, texts)]);
        }
    }

    private static Reply Menu(Turn turn, Texts texts, string? note = null) => Reply.Of(MenuCard.Build(texts, turn.From.Name, note));

    private static TurnResult Replies(params Reply[] replies) => new(replies);
}
