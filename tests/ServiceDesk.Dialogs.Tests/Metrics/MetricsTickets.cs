using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Metrics;

/// <summary>Tickets and history events for the metrics tests, with the few fields the metrics read.</summary>
internal static class MetricsTickets
{
    public static readonly TicketPerson Requester = new("29:requester", null, "Requester");
    public static readonly TicketPerson Agent1 = new("29:agent1", null, "Agent One");
    public static readonly TicketPerson Agent2 = new("29:agent2", null, "Agent Two");

    public static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.Zero);

    public static Ticket Ticket(
        string number, Priority priority, DateTimeOffset created, TicketStatus status = TicketStatus.New, SlaState? sla = null,
        DateTimeOffset? resolvedAt = null, int? rating = null) => new()
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
        CreatedAt = created,
        UpdatedAt = created,
        ResolvedAt = resolvedAt,
        Rating = rating,
        Sla = sla,
    };

    public static TicketEvent Event(DateTimeOffset at, TicketPerson actor, TicketEventKind kind) => new(at, actor, kind, []);
}
