namespace ServiceDesk.Dialogs.Assist;

/// <summary>
/// Port: a language model's help for an agent on one ticket: a summary, a draft reply the agent edits before sending.
/// It never changes the ticket nor sends anything; the dialogs show what it wrote and only the agent's click acts.
/// </summary>
public interface IAgentAssist
{
    /// <summary>Whether a model is configured at all: the card offers the help only then.</summary>
    bool Available { get; }

    /// <summary>A few lines on what the ticket is about and where it stands, in <see cref="TicketBrief.Language"/>; null: no model now.</summary>
    Task<string?> SummariseAsync(TicketBrief ticket, CancellationToken cancellationToken);

    /// <summary>A reply to the requester, in the language they wrote in; null: no model now.</summary>
    Task<string?> DraftReplyAsync(TicketBrief ticket, CancellationToken cancellationToken);
}

/// <summary>
/// One ticket as the model reads it: no names, no ids of people, only who spoke (requester or agent), what, and the
/// ticket's own fields. <paramref name="Language"/> is the agent's ("en" or "fr").
/// </summary>
public sealed record TicketBrief(string Number, string Kind, string Status, string Title, string Description, string Language, IReadOnlyList<TicketLine> Conversation);

/// <summary>
/// One message of the ticket's conversation: <paramref name="Who"/> is "requester" or "agent"; <paramref name="Internal"/>
/// marks an agents' note the requester never saw.
/// </summary>
public sealed record TicketLine(string Who, string Text, bool Internal);
