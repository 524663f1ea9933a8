using Moq;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Agents.TicketList;
using ServiceDesk.Dialogs.Metrics.Now;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Tickets.Sla;
using static ServiceDesk.Dialogs.Tests.Sla.SlaClocks;

namespace ServiceDesk.Dialogs.Tests.Metrics.Now;

/// <summary>
/// The dashboard's at-risk and breached from <see cref="SlaMoments"/> (computed once per ticket version) against
/// <c>tickets at risk|breached</c> (<see cref="TicketListReader.SlaAt"/>, computed at each instant), in Paris business
/// hours with a holiday, over every priority, clock state and instant of six weeks.
/// </summary>
public sealed class SlaMomentsTests
{
    private static readonly SlaClock Clock = Paris9To6();

    private readonly TicketListReader _lists = new(Mock.Of<ITicketQueries>(), Mock.Of<IAgentQueue>(), Clock);

    [Fact]
    public void At_AnyInstant_IsWhatTheTicketListsSay()
    {
        var seen = new HashSet<(bool, bool)>();
        var compared = 0;
        foreach (var ticket in Tickets())
        {
            var moments = SlaMoments.Of(ticket, Clock);
            var opened = ticket.CreatedAt;
            for (var now = opened.AddHours(-1); now < opened.AddDays(42); now = now.AddMinutes(47))
            {
                var expected = _lists.SlaAt(ticket, now);
                Assert.True(expected == moments.At(now), $"{ticket.Priority} {ticket.Status} {ticket.Sla} at {now:o}: lists say {expected}");
                seen.Add(expected);
                compared++;
            }
        }

        // Not a comparison of two "never"s: all three states occur.
        Assert.Equal(3, seen.Count);
        Assert.True(compared > 100_000, $"{compared} instants compared");
    }

    [Fact]
    public void Of_AClosedTicketOrOneWithoutTargets_IsNever()
    {
        var opened = ParisTime(2026, 11, 23, 9);
        var open = Incident(Priority.P2, opened, Clock.Start(Priority.P2, opened));

        Assert.Equal(SlaMoments.Never, SlaMoments.Of(open with { Status = TicketStatus.Closed }, Clock));
        Assert.Equal(SlaMoments.Never, SlaMoments.Of(open with { Sla = null }, Clock));
        Assert.Equal(ParisTime(2026, 11, 23, 9, 30), SlaMoments.Of(open, Clock).BreachedFrom);
    }

    private static IEnumerable<Ticket> Tickets()
    {
        DateTimeOffset[] openings = [ParisTime(2026, 11, 23, 9), ParisTime(2026, 11, 27, 17, 40), ParisTime(2026, 12, 24, 16), ParisTime(2026, 11, 28, 3)];
        foreach (var priority in Enum.GetValues<Priority>())
        {
            foreach (var opened in openings)
            {
                var start = Clock.Start(priority, opened);
                var ticket = Incident(priority, opened, start);
                yield return ticket;
                yield return ticket with { Status = TicketStatus.InProgress, Sla = start with { RespondedAt = opened.AddMinutes(5) } };
                yield return ticket with { Sla = start with { Notified = SlaNotices.ResponseAtRisk, AtRiskNotified = true } };
                yield return ticket with { Sla = start with { Notified = SlaNotices.ResponseAtRisk, RespondedAt = opened.AddMinutes(20) } };
                yield return ticket with { Sla = start with { Notified = SlaNotices.ResponseAtRisk | SlaNotices.ResolutionAtRisk, RespondedAt = opened.AddHours(1) } };
                yield return ticket with { Sla = start with { Notified = SlaNotices.ResponseBreached } };
                yield return ticket with { Sla = start with { BreachNotified = true } };
                yield return ticket with
                {
                    Status = TicketStatus.OnHold,
                    Sla = start with { RespondedAt = opened.AddMinutes(5), PausedSince = opened.AddHours(2), PausedTotal = TimeSpan.FromHours(3), ResolutionDue = start.ResolutionDue.AddHours(3) },
                };
                yield return ticket with { Status = TicketStatus.Resolved, Sla = start with { PausedSince = opened.AddHours(4) } };
            }
        }
    }
}
