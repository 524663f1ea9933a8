using ServiceDesk.Dialogs.Metrics.Now;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Tickets.Sla;
using static ServiceDesk.Dialogs.Tests.Sla.SlaClocks;

namespace ServiceDesk.Dialogs.Tests.Metrics.Now;

public sealed class OpenSlaMomentsTests
{
    private static readonly SlaClock Clock = Paris9To6();
    private static readonly DateTimeOffset Opened = ParisTime(2026, 11, 23, 9);

    [Fact]
    public void Of_ANewVersionOfATicket_IsComputedAgain()
    {
        var kept = new OpenSlaMoments(Clock);
        var first = Incident(Priority.P2, Opened, Clock.Start(Priority.P2, Opened));
        var breached = first with { Version = 2, Sla = first.Sla! with { BreachNotified = true } };

        Assert.Equal(ParisTime(2026, 11, 23, 9, 30), kept.Of(first).BreachedFrom);
        Assert.Equal(DateTimeOffset.MinValue, kept.Of(breached).BreachedFrom);
        Assert.Equal(1, kept.Count);
    }

    [Fact]
    public void KeepOnly_DropsClosedTickets_OnceTheyOutnumberTheOpenOnes()
    {
        var kept = new OpenSlaMoments(Clock);
        var tickets = Enumerable.Range(1, 9)
            .Select(n => Incident(Priority.P3, Opened, Clock.Start(Priority.P3, Opened)) with { Number = new TicketNumber(TicketKind.Incident, n) })
            .ToList();
        tickets.ForEach(t => kept.Of(t));

        kept.KeepOnly(tickets[..5]);
        Assert.Equal(9, kept.Count);

        kept.KeepOnly(tickets[..4]);
        Assert.Equal(4, kept.Count);
    }
}
