namespace ServiceDesk.Dialogs.Tickets;

/// <summary>Where one item of a new starter's request stands: each item has its own approval.</summary>
public enum ItemDecision { Pending, Approved, Rejected, NotNeeded, Expired }

/// <summary>
/// A new starter's request, made on their behalf: who (<paramref name="Name"/>, <paramref name="Email"/> when known),
/// from when (<paramref name="StartDate"/>), and the accesses and equipment they need, each with its own approval.
/// </summary>
public sealed record NewStarterDetails(string Name, string? Email, DateOnly StartDate, IReadOnlyList<RequestItem> Items)
{
    /// <summary>Every item is decided (or needs no decision): the request no longer awaits approval.</summary>
    public bool AllDecided => Items.All(i => i.Decision != ItemDecision.Pending);

    /// <summary>Something is left to fulfil: an item approved or needing no approval.</summary>
    public bool AnyToFulfil => Items.Any(i => i.Decision is ItemDecision.Approved or ItemDecision.NotNeeded);
}

/// <summary>
/// One access or piece of equipment of a new starter's request: the catalogue id, its level (empty for software and
/// hardware), who decides (<paramref name="ApproverIds"/> may act, <paramref name="Approvers"/> are shown), why them when
/// they are not the usual approver (<paramref name="Routing"/>, said on the item's approval card) and the decision.
/// </summary>
public sealed record RequestItem(
    string ResourceId,
    string Level,
    IReadOnlyList<string> ApproverIds,
    IReadOnlyList<TicketPerson> Approvers,
    ItemDecision Decision,
    string? DecidedBy = null,
    string? DecidedByName = null,
    DateTimeOffset? DecidedAt = null,
    string? Comment = null,
    ApproverRouting? Routing = null);
