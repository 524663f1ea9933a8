using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Conversation;

/// <summary>
/// A named multi-step dialog. Write a flow by deriving from <see cref="Dialog{TState}"/>, not by implementing this:
/// <list type="number">
/// <item>Declare a record for the flow's state (the step it is on and every answer so far). It is saved as JSON
/// after every turn, per conversation and user, under ETag: keep it small and never hold services in it.</item>
/// <item><c>BeginAsync</c> builds the first state (from a <see cref="DialogSeed"/> that may pre-fill answers) and
/// returns <c>Step.Ask(state)</c>; <c>RenderAsync</c> draws the card of the state's current step (with an error next
/// to the field when there is one); every button uses <see cref="DialogContext.Button"/> so its data carries the
/// dialog id and version and the verb starts with the dialog's <see cref="Name"/> and a dot.</item>
/// <item><c>AnswerAsync</c> gets typed text or card data (untrusted: read it with <see cref="CardForm"/>), validates it
/// the same way for both, and returns <c>Step.Ask(next)</c>, <c>Step.Retry(state, reason)</c> or <c>Step.End(...)</c>.
/// The engine counts retries (offers the menu or a human after <see cref="DialogOptions.MaxFailedTries"/>), refuses
/// stale cards with the current card, answers invokes with the card, and handles help, cancel, menu, start over.</item>
/// <item>Before a side effect that must not happen twice (creating a ticket), call
/// <see cref="DialogContext.CheckpointAsync"/>: it saves the state under ETag and fails if another turn got there first.</item>
/// <item>Register it: <c>services.AddSingleton&lt;IDialog, MyFlow&gt;()</c>; the router finds it by name.</item>
/// </list>
/// </summary>
internal interface IDialog
{
    /// <summary>Stable name: stored with the state and the prefix of the dialog's verbs ("incident" → "incident.answer").</summary>
    string Name { get; }

    /// <summary>Starts the dialog: its first prompt and state.</summary>
    Task<DialogOutcome> StartAsync(DialogContext context, DialogSeed seed, CancellationToken cancellationToken);

    /// <summary>Runs one turn of an active dialog: typed text or a card action addressed to it.</summary>
    Task<DialogOutcome> ContinueAsync(DialogContext context, ActiveDialog active, DialogInput input, CancellationToken cancellationToken);

    /// <summary>The card of the current step (after help, a stale card or a conflict), with an optional notice above it.</summary>
    Task<DialogOutcome> RepromptAsync(DialogContext context, ActiveDialog active, string? notice, CancellationToken cancellationToken);
}

/// <summary>What is known before the dialog asks anything: the message that started it and the recogniser's hints.</summary>
internal sealed record DialogSeed(string? Text = null, string? Category = null, string? Title = null, string? Description = null, string? Service = null)
{
    /// <summary>The impact the first message states ("the whole floor"), from the recogniser; null when not stated.</summary>
    public Tickets.Impact? Impact { get; init; }

    /// <summary>The urgency the first message states ("je suis complètement bloqué"); null when not stated.</summary>
    public Tickets.Urgency? Urgency { get; init; }

    /// <summary>The request whose temporary access this one extends ("Ask to extend"): its answers pre-filled.</summary>
    public Tickets.TicketNumber? Extends { get; init; }

    /// <summary>An access request's resource as the language model read the first message (an id of the catalogue); null: the words decide.</summary>
    public string? Resource { get; init; }

    /// <summary>An access request's end date as the language model read the first message; the flow checks it against its limits.</summary>
    public DateOnly? EndDate { get; init; }

    public static readonly DialogSeed Empty = new();
}

/// <summary>What the person did this turn: typed text, or a card action (verb + untrusted data).</summary>
internal sealed record DialogInput(string? Text, CardAction? Action)
{
    public bool IsInvoke => Action?.IsInvoke == true;

    public static DialogInput Typed(string text) => new(text, null);
}
