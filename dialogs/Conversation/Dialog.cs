using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Conversation;

/// <summary>
/// The base of every flow (see <see cref="IDialog"/> for how to write one): typed state in, typed state out; the
/// base does the JSON, the versions on cards, stale cards, retries and the card-or-text reply.
/// </summary>
internal abstract class Dialog<TState> : IDialog
    where TState : class
{
    public abstract string Name { get; }

    protected abstract Task<Step<TState>> BeginAsync(DialogContext context, DialogSeed seed, CancellationToken cancellationToken);

    protected abstract Task<Step<TState>> AnswerAsync(DialogContext context, TState state, DialogInput input, CancellationToken cancellationToken);

    /// <summary>The card of the state's current step; <paramref name="error"/> goes next to the field it is about.</summary>
    protected abstract AdaptiveCard Render(DialogContext context, TState state, string? error);

    public async Task<DialogOutcome> StartAsync(DialogContext context, DialogSeed seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Current = new ActiveDialog { Name = Name, Id = Guid.NewGuid().ToString("N"), ETag = context.StoredETag };
        var step = await BeginAsync(context, seed, cancellationToken).ConfigureAwait(false);
        return Apply(context, step, isInvoke: context.Turn.Action?.IsInvoke == true);
    }

    public async Task<DialogOutcome> ContinueAsync(DialogContext context, ActiveDialog active, DialogInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        context.Current = active;
        if (input.Action is { } action && !IsCurrent(action.Data, active))
        {
            return await RepromptAsync(context, active, context.Texts.Get(TextKeys.InvokeStaleCard), cancellationToken).ConfigureAwait(false);
        }

        context.Current = active.WithLine(Transcript(input));
        var step = await AnswerAsync(context, Read(active), input, cancellationToken).ConfigureAwait(false);
        var outcome = Apply(context, step, input.IsInvoke);
        return input.Action is null ? Answered(context, active, input.Text, outcome) : outcome;
    }

    public Task<DialogOutcome> RepromptAsync(DialogContext context, ActiveDialog active, string? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Current = active;
        var card = Render(context, Read(active), null);
        return Task.FromResult(Show(context, context.Turn.Action?.IsInvoke == true, notice is null ? [] : [notice], card, active));
    }

    /// <summary>The state's JSON metadata, from the dialogs' options (generated for every flow's state).</summary>
    private static JsonTypeInfo<TState> StateInfo => (JsonTypeInfo<TState>)DialogSessions.Json.GetTypeInfo(typeof(TState));

    /// <summary>The dialog as it stands with <paramref name="state"/> and one version more: what a checkpoint saves.</summary>
    protected static ActiveDialog Advance(DialogContext context, TState state) =>
        context.Current! with { Version = context.Current.Version + 1, State = JsonSerializer.SerializeToElement(state, StateInfo) };

    /// <summary>What the person answered, for the transcript an escalation hands to an agent.</summary>
    protected virtual string Transcript(DialogInput input) =>
        input.Text ?? $"[{input.Action?.Verb}]";

    private DialogOutcome Apply(DialogContext context, Step<TState> step, bool isInvoke)
    {
        switch (step.Kind)
        {
            case StepKind.End:
                return End(step, isInvoke);
            case StepKind.Conflict:
                return DialogOutcome.Conflicted;
            case StepKind.Retry when context.Current!.Failures + 1 >= context.Options.MaxFailedTries:
                var giveUp = Advance(context, step.State!) with { Failures = 0 };
                context.Current = giveUp;
                return Show(context, isInvoke, [], EngineCards.TooManyTries(context, step.Error), giveUp) with { Refused = true };
            case StepKind.Retry:
                var retry = Advance(context, step.State!) with { Failures = context.Current!.Failures + 1 };
                context.Current = retry;
                return Show(context, isInvoke, [], Render(context, step.State!, step.Error), retry) with { Refused = true };
            default:
                var next = Advance(context, step.State!) with { Failures = 0 };
                context.Current = next;
                return Show(context, isInvoke, step.Notes, Render(context, step.State!, null), next);
        }
    }

    /// <summary>
    /// An invoke is answered with a card (it replaces the clicked one, whose activity is now the step's card); a message
    /// gets the card as a reply, marked so the host tells where it went.
    /// </summary>
    private static DialogOutcome Show(DialogContext context, bool isInvoke, IReadOnlyList<string> notes, AdaptiveCard card, ActiveDialog next)
    {
        if (isInvoke)
        {
            var clicked = context.Turn.ReplyToId is { Length: > 0 } id ? new PostedStepCard(id, next.Version) : null;
            return new DialogOutcome([.. notes.Select(Reply.Of)], InvokeAnswer.WithCard(card), next with { StepCard = clicked });
        }

        var reply = Reply.Of(card) with { StepCard = new StepCardMark(next.Id, next.Version) };
        return new DialogOutcome([.. notes.Select(Reply.Of), reply], null, next with { StepCard = null });
    }

    /// <summary>
    /// A step answered by typing: its card, if the host told where it is, is replaced in place by what it asked and the
    /// answer, so no button is left on it (a click replaces the card by the next step instead).
    /// </summary>
    private DialogOutcome Answered(DialogContext context, ActiveDialog answered, string? text, DialogOutcome outcome)
    {
        if (outcome.Conflict || answered.StepCard is not { } posted || posted.Version != answered.Version)
        {
            return outcome;
        }

        var line = context.Texts.Get(TextKeys.EngineAnsweredTyped, CardText.Literal(text?.Trim()));
        var card = AnsweredCard.From(Render(context, Read(answered), null), line);
        // After the new step, so the conversation shows it first; an update in place takes no place in the order.
        return outcome with { Replies = [.. outcome.Replies, Reply.Of(card) with { Replaces = posted.ActivityId }] };
    }

    /// <summary>For an invoke without its own answer, the first card of the replies replaces the clicked card.</summary>
    private static DialogOutcome End(Step<TState> step, bool isInvoke)
    {
        if (!isInvoke || step.Invoke is not null || step.Replies.FirstOrDefault(r => r.Card is not null) is not { } cardReply)
        {
            return new DialogOutcome(step.Replies, step.Invoke, null);
        }

        return new DialogOutcome([.. step.Replies.Where(r => !ReferenceEquals(r, cardReply))], InvokeAnswer.WithCard(cardReply.Card!), null);
    }

    private static bool IsCurrent(JsonElement data, ActiveDialog active) =>
        CardForm.Field(data, DialogContext.DialogIdField).Text == active.Id
        && CardForm.Number(data, DialogContext.VersionField) == active.Version;

    private static TState Read(ActiveDialog active) =>
        active.State.Deserialize(StateInfo) ?? throw new JsonException($"Empty state for dialog {active.Name}.");
}
