using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Announcements.Employees;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Tickets.Sla;

namespace ServiceDesk.Dialogs.Tests.Metrics;

/// <summary>
/// Tickets and history events for the metrics tests, with the few fields the metrics read. Times are UTC in
/// November 2026 (the 2nd is a Monday); business hours are Monday–Friday 08:00–18:00 UTC, P1 round the clock.
/// </summary>
internal static class MetricsTickets
{
    public static readonly TicketPerson Requester = new("29:requester", null, "Requester");
    public static readonly TicketPerson Agent1 = new("29:agent1", null, "Agent One");
    public static readonly TicketPerson Agent2 = new("29:agent2", null, "Agent Two");

    public static readonly SlaClock Clock = new(Options.Create(new ServiceLevelOptions { RoundTheClock = ["P1"] }));

    public static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.Zero);

    public static Ticket Ticket(
        string number, Priority priority, DateTimeOffset created, TicketStatus status = TicketStatus.New, SlaState? sla = null,
        DateTimeOffset? resolvedAt = null, int? rating = null, TicketPerson? assignee = null, DateTimeOffset? closedAt = null) => new()
    {
        Number = TicketNumber.Parse(number),
        Version = 3,
        Status = status,
        Title = "Title",
        Description = "Description",
        Category = "email",
        Impact = Impact.Medium,
        Urgency = Urgency.Medium,
        Priority = priority,
        Requester = Requester,
        Assignee = assignee,
        CreatedAt = created,
        UpdatedAt = closedAt ?? resolvedAt ?? created,
        ResolvedAt = resolvedAt,
        ClosedAt = closedAt,
        Rating = rating,
        Sla = sla,
    };

    public static TicketEvent Event(DateTimeOffset at, TicketPerson actor, TicketEventKind kind) => new(at, actor, kind, []);

    public static TicketEvent Started(DateTimeOffset at, TicketPerson actor) =>
        new(at, actor, TicketEventKind.StatusChanged, [new FieldChange("Status", "New", "InProgress")]);

    public static TicketEvent AwaitingRequester(DateTimeOffset at, TicketPerson actor) =>
        new(at, actor, TicketEventKind.StatusChanged, [new FieldChange("Status", "InProgress", "OnHold"), new FieldChange("OnHoldReason", null, "AwaitingRequester")]);

    public static TicketEvent LinkedToMajorIncident(DateTimeOffset at, TicketPerson actor) =>
        new(at, actor, TicketEventKind.Updated, [new FieldChange(MajorIncidentLinks.LinkField, null, "MAJ-000001")]);

    public static ServiceMetrics Calculate(DateTimeOffset from, DateTimeOffset to, DateTimeOffset now, IEnumerable<TicketFacts> tickets,
        IEnumerable<Ticket>? open = null, DeflectionCounts? deflections = null) =>
        MetricsCalculator.Calculate(from, to, now, tickets, open ?? [], deflections ?? DeflectionCounts.None, Clock.Counted);
}
