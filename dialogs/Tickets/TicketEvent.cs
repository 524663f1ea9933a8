namespace ServiceDesk.Dialogs.Tickets;

public enum TicketEventKind
{
    Created,
    Updated,
    StatusChanged,
    Assigned,
    PriorityChanged,
    Comment,
    ReplyToRequester,
    InternalNote,
    Approved,
    Rejected,
    Fulfilled,
    Resolved,
    Reopened,
    Rated,
    SlaAtRisk,
    SlaBreached,

    /// <summary>A follow-up ticket was opened from this closed one (the change names it).</summary>
    Linked,

    /// <summary>Whoever the ticket waits on (the approver, the requester) was reminded.</summary>
    Reminded,

    /// <summary>An undecided approval went to the next approver.</summary>
    Escalated,

    /// <summary>An undecided approval ran out of time: the request is cancelled.</summary>
    Expired,
}

/// <summary>One field that changed: its name and the values before and after, as shown to people.</summary>
public sealed record FieldChange(string Field, string? From, string? To);

/// <summary>
/// One entry of a ticket's history: who, when, what changed, and the comment text if any. Every change to a ticket
/// appends exactly one event; <see cref="Version"/> is the ticket version the change produced (assigned by the store).
/// </summary>
public sealed record TicketEvent(
    DateTimeOffset At,
    TicketPerson Actor,
    TicketEventKind Kind,
    IReadOnlyList<FieldChange> Changes,
    string? Text = null,
    bool Internal = false)
{
    public long Version { get; init; }
}
