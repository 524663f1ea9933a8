using System.Text.Json;

namespace ServiceDesk.Dialogs.Turns;

/// <summary>What happened, in protocol-neutral terms: the bot maps every Teams activity to one of these.</summary>
public enum TurnKind { Message, CardAction, Installed, Uninstalled, Other }

public enum ConversationKind { Personal, GroupChat, Channel }

/// <summary>Who is talking: Teams user id (29:...), Entra object id and display name.</summary>
public sealed record Person(string Id, string? AadObjectId, string? Name);

/// <summary>Everything needed to write to this conversation later (proactively).</summary>
public sealed record ConversationReference(
    string ServiceUrl,
    string ConversationId,
    string? TenantId,
    string ChannelId,
    ConversationKind Kind,
    string BotId,
    string? TeamId = null,
    string? TeamsChannelId = null);

/// <summary>A button pressed on a card: Action.Execute (invoke) or Action.Submit (message with value).</summary>
public sealed record CardAction(string Verb, JsonElement Data, bool IsInvoke);

/// <summary>One turn: who, where, what.</summary>
public sealed record Turn(
    TurnKind Kind,
    string ActivityId,
    Person From,
    ConversationReference Conversation,
    string Locale,
    string? TimeZone,
    string? Text,
    CardAction? Action,
    DateTimeOffset Timestamp)
{
    /// <summary>The message this activity answers: for a card action, the activity of the clicked card.</summary>
    public string? ReplyToId { get; init; }
}
