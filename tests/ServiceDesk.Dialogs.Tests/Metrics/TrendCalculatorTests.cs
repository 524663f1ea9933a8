using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Dialogs.Tests.Metrics.MetricsTickets;

namespace ServiceDesk.Dialogs.Tests.Metrics;

/// <summary>The dashboard's trends over the same hand-worked week as <see cref="MetricsCalculatorTests"/>.</summary>
public sealed class TrendCalculatorTests
{
    private static readonly DateTimeOffset From = At(2, 0);
    private static readonly DateTimeOffset To = At(9, 0);
    private static readonly DateTimeOffset Now = At(10, 12);

    private static TicketFacts Resolved(string number, DateTimeOffset created, DateTimeOffset resolved, string category, string? service, bool reopened = false) => new(
        Ticket(number, Priority.P3, created, TicketStatus.Resolved, resolvedAt: resolved, assignee: Agent1) with { Category = category, Service = service },
        reopened
            ? [Event(created, Requester, TicketEventKind.Created), Event(resolved.AddHours(-2), Requester, TicketEventKind.Reopened), Event(resolved, Agent1, TicketEventKind.Resolved)]
            : [Event(created, Requester, TicketEventKind.Created), Event(resolved, Agent1, TicketEventKind.Resolved)]);

    private static readonly TicketFacts[] Week =
    [
        Resolved("INC-000001", At(2, 9), At(2, 11), "email", "Outlook"),
        Resolved("INC-000002", At(2, 10), At(3, 9), "email", "Outlook", reopened: true),
        Resolved("INC-000003", At(4, 9), At(4, 10), "network", "VPN"),
        Resolved("INC-000004", At(8, 23), At(9, 1), "email", null), // resolved after the period: created in it only
        Resolved("INC-000005", new DateTimeOffset(2026, 10, 30, 9, 0, 0, TimeSpan.Zero), At(2, 8), "printing", " outlook "), // created before it
    ];

    [Fact]
    public void Daily_counts_every_day_of_the_period_including_the_empty_ones()
    {
        var daily = Calculate(From, To, Now, Week).Trends.Daily;

        Assert.Equal(7, daily.Count);
        Assert.Equal(new DailyCount(new DateOnly(2026, 11, 2), 2, 2), daily[0]); // 1 and 2 created; 5 and 1 resolved
        Assert.Equal(new DailyCount(new DateOnly(2026, 11, 3), 0, 1), daily[1]);
        Assert.Equal(new DailyCount(new DateOnly(2026, 11, 8), 1, 0), daily[6]);
        Assert.Equal(4, daily.Sum(d => d.Created));
        Assert.Equal(4, daily.Sum(d => d.Resolved));
    }

    [Fact]
    public void Top_lists_count_the_incidents_created_in_the_period_by_category_and_service()
    {
        var trends = Calculate(From, To, Now, Week).Trends;

        Assert.Equal([new NamedCount("email", 3), new NamedCount("network", 1)], trends.TopCategories);
        // No service is not a service; the ticket created before the period is not counted.
        Assert.Equal([new NamedCount("Outlook", 2), new NamedCount("VPN", 1)], trends.TopServices);
    }

    [Fact]
    public void Reopen_rate_is_the_share_of_the_incidents_resolved_in_the_period_that_were_reopened()
    {
        var reopened = Calculate(From, To, Now, Week).Trends.Reopened;

        Assert.Equal(new Rate(1, 4), reopened);
        Assert.Equal(25.0, reopened.Percent);
    }
}
