namespace ServiceDesk.Dialogs.Outbox;

/// <summary>What the worker does with a record (connector operations, docs/protocol.md §3).</summary>
public enum OutboxKind
{
    /// <summary>POST an activity to an existing conversation (1:1 chat, channel thread).</summary>
    Send,

    /// <summary>PUT over an activity posted earlier (a card updated in place).</summary>
    UpdateActivity,

    /// <summary>Create the 1:1 conversation with a user, then send the activity.</summary>
    CreatePersonalConversation,

    /// <summary>Start a new thread in a channel with the activity as its root post.</summary>
    NewChannelThread,
}

/// <summary>Pending until delivered; Failed after the retry bound; Unreachable after a 403/404 (not retried).</summary>
public enum OutboxStatus { Pending, Delivered, Failed, Unreachable }
