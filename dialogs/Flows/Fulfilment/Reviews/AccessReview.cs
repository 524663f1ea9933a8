using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.Fulfilment.Reviews;

/// <summary>What an owner decided for one holder at an access review.</summary>
public enum ReviewDecision { Keep, Remove }

/// <summary>
/// One access review of a catalogue entry (its <paramref name="Cycle"/>-th): who may decide (<paramref name="Owners"/>),
/// how many holders on how many pages, when it is due, whether the reminder went and the cards were sent, and
/// "Keep all" (every holder not decided by then is kept) with who clicked it and when; once finished, whether every
/// decision has been carried out (removal jobs, "kept" on the requests' histories), so the runner stops reading it.
/// </summary>
public sealed record AccessReviewHead(
    string ResourceId,
    int Cycle,
    DateTimeOffset StartedAt,
    DateTimeOffset DueAt,
    IReadOnlyList<TicketPerson> Owners,
    int Holders,
    int Pages,
    bool CardsSent = false,
    bool Reminded = false,
    string? KeptAllBy = null,
    DateTimeOffset? KeptAllAt = null,
    bool DecisionsCarriedOut = false)
{
    public bool Finished => KeptAllAt is not null;
}

/// <summary>
/// A person who holds the access through the service desk: the request that granted it (<paramref name="Ticket"/>, a
/// REQ number) and, once decided, the decision with who made it and when.
/// </summary>
public sealed record AccessReviewHolder(
    string Ticket,
    string Name,
    string Level,
    DateTimeOffset GrantedAt,
    ReviewDecision? Decision = null,
    string? DecidedBy = null,
    DateTimeOffset? DecidedAt = null);

/// <summary>One page of a review's holders (a page of the owner's card), stored on its own so a review of any size fits.</summary>
public sealed record AccessReviewPage(int Number, IReadOnlyList<AccessReviewHolder> Holders);
