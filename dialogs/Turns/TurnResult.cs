using ServiceDesk.Cards;

namespace ServiceDesk.Dialogs.Turns;

/// <summary>A message to the person who is talking: text, a card, or both.</summary>
public sealed record Reply(string? Text, AdaptiveCard? Card = null)
{
    /// <summary>This card is a ticket's card to update in place later: the host records where it was posted.</summary>
    public CardTracking? Track { get; init; }

    /// <summary>Written by a language model: the host marks the message so Teams shows its "AI generated" label.</summary>
    public bool AiGenerated { get; init; }

    /// <summary>This card is a dialog's step: the host records where it was posted, so a typed answer can replace it.</summary>
    public StepCardMark? StepCard { get; init; }

    /// <summary>Not a new message: the card replaces the activity posted earlier with this id, in place.</summary>
    public string? Replaces { get; init; }

    public static Reply Of(string text) => new(text);
    public static Reply Of(AdaptiveCard card) => new(null, card);
}

/// <summary>The answer to an Action.Execute invoke (docs/protocol.md §5): a card replacing the one clicked, a message, or an error.</summary>
public sealed record InvokeAnswer(int StatusCode, AdaptiveCard? Card = null, string? Message = null, string? ErrorCode = null)
{
    /// <summary>The card replacing the clicked one is a ticket's card: the host records the clicked card's activity for it.</summary>
    public CardTracking? Track { get; init; }

    public static InvokeAnswer WithCard(AdaptiveCard card) => new(200, Card: card);
    public static InvokeAnswer WithMessage(string text) => new(200, Message: text);
    public static InvokeAnswer Error(int status, string code, string message) => new(status, Message: message, ErrorCode: code);
}

/// <summary>What a turn produced. Dialogs return this and never send anything themselves.</summary>
public sealed record TurnResult(IReadOnlyList<Reply> Replies, InvokeAnswer? Invoke = null)
{
    public static readonly TurnResult Nothing = new([]);

    /// <summary>A click refused with a message: an invoke answers with it, and either way the clicked card stays as it was.</summary>
    public static TurnResult Refused(CardAction action, string text)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.IsInvoke ? new TurnResult([], InvokeAnswer.WithMessage(text)) : new TurnResult([Reply.Of(text)]);
    }
}
