using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Conversation;

internal enum StepKind { Ask, Retry, End, Conflict }

/// <summary>
/// What a flow decided for this turn: ask the current step of <see cref="State"/> (after a valid answer), ask it again
/// with <see cref="Error"/> next to the field (invalid answer), or end with <see cref="Replies"/>.
/// <see cref="Notes"/> are short texts shown before the card (e.g. "I filled in the category from your message").
/// </summary>
internal sealed record Step<TState>(
    StepKind Kind,
    TState? State,
    string? Error,
    IReadOnlyList<string> Notes,
    IReadOnlyList<Reply> Replies,
    InvokeAnswer? Invoke)
    where TState : class
{
    public static Step<TState> Ask(TState state, params string[] notes) => new(StepKind.Ask, state, null, notes, [], null);

    public static Step<TState> Retry(TState state, string error) => new(StepKind.Retry, state, error, [], [], null);

    /// <summary>A checkpoint failed: another turn changed the dialog first. The engine reloads and shows where it stands.</summary>
    public static Step<TState> Conflict() => new(StepKind.Conflict, null, null, [], [], null);

    /// <summary>Ends the dialog. For an invoke, <paramref name="invoke"/> replaces the clicked card (or the first card reply does).</summary>
    public static Step<TState> End(IReadOnlyList<Reply> replies, InvokeAnswer? invoke = null) => new(StepKind.End, null, null, [], replies, invoke);
}
