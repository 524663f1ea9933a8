using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Dialogs.Tickets;

/// <summary>A person on a ticket: Teams user id (29:...), Entra object id and display name.</summary>
public sealed record TicketPerson(string Id, string? AadObjectId, string? Name);

/// <summary>
/// What an access request asks for and who decides. <paramref name="ApproverIds"/> (Teams user ids and Entra object
/// ids) is who may act; <paramref name="Approvers"/> is who to show and to send the approval card to. A software or
/// hardware request is the same record for a catalogue item: no level (empty, <see cref="IsItem"/>), no end date, and
/// its fulfilment <paramref name="Queue"/> (null: the access requests' queue).
/// </summary>
public sealed record AccessRequestDetails(
    string ResourceId,
    string Level,
    string Justification,
    DateOnly? EndDate,
    IReadOnlyList<string> ApproverIds,
    string? DecidedBy = null,
    string? DecisionComment = null,
    IReadOnlyList<TicketPerson>? Approvers = null,
    string? DecidedByName = null,
    DateTimeOffset? DecidedAt = null,
    ApproverRouting? Routing = null,
    string? Queue = null)
{
    /// <summary>A software or hardware item rather than an access: nothing to show for a level or an end date.</summary>
    public bool IsItem => string.IsNullOrEmpty(Level);
}

/// <summary>Why the approvers are not the usual ones (said on the cards): who could not approve, and why.</summary>
public sealed record ApproverRouting(ApproverAbsence Reason, string? AbsentName = null);

/// <summary>
/// The SLA clock's state. <see cref="NextCheckAt"/> is when the SLA worker must look at the ticket next (at risk,
/// breach); the store indexes it, so the worker finds due tickets without scanning. <see cref="Notified"/> says which
/// notices were sent; <see cref="AtRiskNotified"/> and <see cref="BreachNotified"/> summarise it for the cards.
/// </summary>
public sealed record SlaState(
    DateTimeOffset ResponseDue,
    DateTimeOffset ResolutionDue,
    DateTimeOffset? RespondedAt = null,
    DateTimeOffset? PausedSince = null,
    TimeSpan PausedTotal = default,
    bool AtRiskNotified = false,
    bool BreachNotified = false,
    DateTimeOffset? NextCheckAt = null,
    SlaNotices Notified = SlaNotices.None);

/// <summary>A posted card: the conversation (a channel thread or a 1:1 chat) and the activity id to PUT on.</summary>
public sealed record PostedCard(string ConversationId, string ActivityId);

/// <summary>The ticket's cards: the thread in the agents' channel and the requester's copy in the 1:1 chat.</summary>
public sealed record TicketCards(PostedCard? QueueThread, PostedCard? RequesterCard, PostedCard? ApprovalCard = null)
{
    public static readonly TicketCards None = new(null, null);
}
