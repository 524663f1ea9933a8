using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Bot.Api;

/// <summary>
/// A ticket as the API shows it: the stored fields people and reports use, without where its cards live in Teams
/// (conversation and activity ids are the bot's business).
/// </summary>
internal sealed record TicketView(
    TicketNumber Number,
    TicketKind Kind,
    long Version,
    TicketStatus Status,
    string Title,
    string Description,
    string Category,
    string? Service,
    Impact Impact,
    Urgency Urgency,
    Priority Priority,
    TicketPerson Requester,
    TicketPerson? Assignee,
    OnHoldReason? OnHoldReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? ClosedAt,
    string? ResolutionNote,
    int? Rating,
    bool NeedsHuman,
    string? OutageId,
    SlaView? Sla,
    AccessView? Access)
{
    public static TicketView Of(Ticket t) => new(
        t.Number, t.Kind, t.Version, t.Status, t.Title, t.Description, t.Category, t.Service, t.Impact, t.Urgency, t.Priority,
        t.Requester, t.Assignee, t.OnHoldReason, t.CreatedAt, t.UpdatedAt, t.ResolvedAt, t.ClosedAt, t.ResolutionNote, t.Rating,
        t.NeedsHuman, t.OutageId,
        t.Sla is { } s ? new SlaView(s.ResponseDue, s.ResolutionDue, s.RespondedAt, s.PausedSince, s.AtRiskNotified, s.BreachNotified) : null,
        t.Access is { } a ? new AccessView(a.ResourceId, a.Level, a.Justification, a.EndDate, a.DecidedByName, a.DecidedAt, a.DecisionComment) : null);
}

/// <summary>The SLA clock: due times (already pushed by pauses), first response, whether it is paused now.</summary>
internal sealed record SlaView(
    DateTimeOffset ResponseDue, DateTimeOffset ResolutionDue, DateTimeOffset? RespondedAt, DateTimeOffset? PausedSince, bool AtRisk, bool Breached);

/// <summary>What an access request asks for and how it was decided.</summary>
internal sealed record AccessView(
    string ResourceId, string Level, string Justification, DateOnly? EndDate, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionComment);

/// <summary>One ticket with its history, oldest first (internal notes included, flagged).</summary>
internal sealed record TicketDetails(TicketView Ticket, IReadOnlyList<TicketEvent> History);

/// <summary>A page of tickets; pass <see cref="Continuation"/> back to get the next one (null: the last page).</summary>
internal sealed record TicketListView(IReadOnlyList<TicketView> Tickets, string? Continuation);

/// <summary>The body of every 4xx answer: a stable code and a short reason.</summary>
internal sealed record ApiError(string Error, string Message);
