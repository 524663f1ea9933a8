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
/// Decides what a turn means, in one explicit order: install → card action by verb → (channel: the agents' side) →
/// interrupt (inside a form, a cancel that names another request instead is a topic switch) → (in a dialog: a
/// question about a ticket or another topic, else the step's answer) → recognised intent →
/// knowledge base. Every message is understood before a step may take it as an answer.
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
    CardActionTable actionHandlers,
    AgentChannel agentChannel,
    Announcements.Employees.OutageBoard outageBoard,
    Catalogue.AccessCatalogue accessCatalogue,
    QueueSetupHandler queueSetup,
    Assist.UnsureUnderstanding unsure) : ITurnHandler
{
    private readonly Dictionary<string, IDialog> _dialogs = dialogs.ToDictionary(d => d.Name, StringComparer.Ordinal);

    public async Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var texts = Texts.For(turn.Locale);
        return turn switch
        {
            { Kind: TurnKind.Installed } => await InstalledAsync(turn, texts, cancellationToken).ConfigureAwait(false),
            { Action: { } action } => await CardActionAsync(turn, action, texts, cancellationToken).ConfigureAwait(false),
            { Kind: TurnKind.Message } => await MessageAsync(turn, texts, cancellationToken).ConfigureAwait(false),
            _ => TurnResult.Nothing,
        };
    }

    private async Task<TurnResult> InstalledAsync(Turn turn, Texts texts, CancellationToken cancellationToken) => turn.Conversation switch
    {
        { Kind: ConversationKind.Personal } => Replies(Reply.Of(MenuCard.Build(texts, turn.From.Name))),
        // Added to a team: the agents' queue setup card in that channel.
        { Kind: ConversationKind.Channel } => await queueSetup.InstalledAsync(turn, texts, cancellationToken).ConfigureAwait(false),
        _ => Replies(Reply.Of(texts.Get(TextKeys.ChannelHello))),
    };

    private async Task<TurnResult> MessageAsync(Turn turn, Texts texts, CancellationToken cancellationToken)
    {
        if (turn.Conversation.Kind == ConversationKind.Channel)
        {
            // The agents' channel: replies and notes in a ticket's thread, commands elsewhere; no employee dialogs there.
            return await agentChannel.HandleAsync(turn, cancellationToken).ConfigureAwait(false);
        }

        var notices = new List<Reply>();
        if (string.IsNullOrWhiteSpace(turn.Text))
        {
            // Inside a form the step is asked again (nothing answered is lost); outside, the menu.
            notices.Add(Reply.Of(texts.Get(TextKeys.MessageEmpty)));
            var open = await OpenAsync(turn, notices, cancellationToken).ConfigureAwait(false);
            return open.Dialog is { } current
                ? await FinishAsync(open, await current.RepromptAsync(open.Context, open.Active!, null, cancellationToken).ConfigureAwait(false), notices, cancellationToken).ConfigureAwait(false)
                : Replies([.. notices, Menu(turn, texts)]);
        }

        var max = sessions.Options.MaxMessageLength;
        if (turn.Text.Length > max)
        {
            turn = turn with { Text = turn.Text[..max] };
            notices.Add(Reply.Of(texts.Get(TextKeys.MessageTooLong, max)));
        }

        var session = await OpenAsync(turn, notices, cancellationToken).ConfigureAwait(false);
        var interrupt = Interrupts.Recognise(turn.Text);
        Recognition? recognition = null;
        if (interrupt is Interrupt.Cancel or Interrupt.None && session.Dialog is { } leaving && Interrupts.AfterCancel(turn.Text) is { } rest)
        {
            // "actually forget the incident, can I order a new mouse instead": what follows the cancel clause is read
            // alone, so the request dropped ("the incident") is never taken for a ticket asked about.
            var instead = await RecogniseAsync(turn with { Text = rest }, cancellationToken).ConfigureAwait(false);
            if (TopicSwitch.CancelledFor(turn.Text, instead, leaving.Name) || TopicSwitch.AskedInstead(instead, leaving.Name))
            {
                return await SwitchAsync(session, instead, notices, cancellationToken, rest).ConfigureAwait(false);
            }
        }

        if (interrupt == Interrupt.Cancel && session.Dialog is { } dropped)
        {
            // "scratch that, can I order a headset instead": a cancel that says what is wanted instead is a topic switch.
            recognition = await RecogniseAsync(turn, cancellationToken).ConfigureAwait(false);
            if (TopicSwitch.CancelledFor(turn.Text, recognition, dropped.Name))
            {
                return await SwitchAsync(session, recognition, notices, cancellationToken).ConfigureAwait(false);
            }
        }

        // "resume" with nothing put aside is an ordinary answer to the step in progress.
        if (interrupt != Interrupt.None && !(interrupt == Interrupt.Resume && session.Context.Parked is null && session.Dialog is not null))
        {
            return await InterruptAsync(session, interrupt, notices, cancellationToken).ConfigureAwait(false);
        }

        recognition ??= await RecogniseAsync(turn, cancellationToken).ConfigureAwait(false);
        if (session.Dialog is { } dialog)
        {
            return await DialogMessageAsync(session, dialog, recognition, notices, cancellationToken).ConfigureAwait(false);
        }

        return await NoDialogMessageAsync(session, recognition, notices, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Recognition> RecogniseAsync(Turn turn, CancellationToken cancellationToken) =>
        SecondLooks(turn.Text, await recognizer.RecognizeAsync(turn.Text, turn.Locale, cancellationToken).ConfigureAwait(false), accessCatalogue);

    /// <summary>
    /// The router's second looks at the recogniser's reading, before anything acts on it: a ticket of the employee's
    /// named (a follow-up, never a duplicate), then a resource of the access catalogue wished for. The understanding
    /// bench reads single messages through this too, so its figure is what the employee gets.
    /// </summary>
    internal static Recognition SecondLooks(string? text, Recognition recognition, Catalogue.AccessCatalogue? catalogue) =>
        AccessNaming.Upgrade(text, FollowUpCues.Upgrade(text, recognition), catalogue);

    private static Reply Menu(Turn turn, Texts texts, string? note = null) => Reply.Of(MenuCard.Build(texts, turn.From.Name, note));

    private static TurnResult Replies(params Reply[] replies) => new(replies);
}
