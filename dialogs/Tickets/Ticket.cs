namespace ServiceDesk.Dialogs.Tickets;

/// <summary>
/// One incident or request as stored. <see cref="Version"/> increments on every change; an update is accepted only
/// from the version it was read at, so a card or a flow working from an old copy is told, not overwritten.
/// </summary>
public sealed record Ticket
{
    public required TicketNumber Number { get; init; }

    public TicketKind Kind => Number.Kind;

    public required long Version { get; init; }

    public required TicketStatus Status { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>Catalogue category id (workstation, email, …) or, for a request, the access catalogue resource id.</summary>
    public required string Category { get; init; }

    public string? Service { get; init; }

    public required Impact Impact { get; init; }

    public required Urgency Urgency { get; init; }

    public required Priority Priority { get; init; }

    public required TicketPerson Requester { get; init; }

    /// <summary>
    /// The Microsoft 365 tenant the ticket was opened in: people of another tenant (a bot serving several) neither see
    /// nor change it (<see cref="InTenant"/>). Null for tickets recorded before tenants were kept.
    /// </summary>
    public string? TenantId { get; init; }

    public TicketPerson? Assignee { get; init; }

    public OnHoldReason? OnHoldReason { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public string? ResolutionNote { get; init; }

    /// <summary>The requester's 1–5 rating of the fix.</summary>
    public int? Rating { get; init; }

    /// <summary>"Talk to a human" or a flow gave up: an agent must pick it up.</summary>
    public bool NeedsHuman { get; init; }

    /// <summary>The outage announcement this employee was linked to instead of a duplicate incident.</summary>
    public string? OutageId { get; init; }

    public AccessRequestDetails? Access { get; init; }

    /// <summary>A new starter's request: the beneficiary, the start date and each item with its approval.</summary>
    public NewStarterDetails? NewStarter { get; init; }

    public SlaState? Sla { get; init; }

    /// <summary>Where the ticket's cards live in Teams, so they can be updated in place.</summary>
    public TicketCards Cards { get; init; } = TicketCards.None;

    /// <summary>
    /// The dialog instance that created the ticket (<see cref="TicketCreation.CreateOnceAsync"/>): a second "create"
    /// from the same dialog, after a crash that lost the dialog's own save, finds this ticket instead of making another.
    /// </summary>
    public string? DraftKey { get; init; }

    /// <summary>The closed ticket this one follows up (Closed is final: a problem that comes back gets a linked ticket).</summary>
    public TicketNumber? FollowUpOf { get; init; }

    /// <summary>The follow-up opened from this closed ticket, if any (one per closed ticket).</summary>
    public TicketNumber? FollowUp { get; init; }

    /// <summary>Cancelled by its requester before anyone acted on it (a withdrawn request), not by the service desk.</summary>
    public bool Withdrawn { get; init; }

    /// <summary>
    /// The waiting timer of a ticket that waits on someone (an approver, the requester): since when, how many of its
    /// steps are done and the next date it set. The wait worker finds these tickets through their status queues.
    /// </summary>
    public WaitTimer? Wait { get; init; }

    /// <summary>Whether someone talking from <paramref name="tenantId"/> may see this ticket.</summary>
    public bool InTenant(string? tenantId) => TenantId is null || string.Equals(TenantId, tenantId, StringComparison.OrdinalIgnoreCase);
}
