using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Tickets.Sla;

namespace ServiceDesk.Dialogs.Tests.Sla;

/// <summary>Clocks and tickets for SLA tests: Paris business hours (Mon–Fri 08:00–18:00, Christmas off), P1 round the clock.</summary>
internal static class SlaClocks
{
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>Every priority counted round the clock: flows' tests keep their wall-clock due times.</summary>
    public static SlaClock WallClock() => new(Options.Create(new ServiceLevelOptions { RoundTheClock = ["P1", "P2", "P3", "P4", "P5"] }));

    public static ServiceLevelOptions ParisOptions() => new()
    {
        P3 = new ServiceLevelTarget { ResponseMinutes = 240, ResolutionMinutes = 1_800 },
        BusinessHours = new BusinessHoursOptions { TimeZone = "Europe/Paris", Start = "08:00", End = "18:00", Holidays = ["2026-12-25"] },
        RoundTheClock = ["P1"],
        AtRiskPercent = 75,
        AutoCloseDays = 3,
    };

    public static SlaClock Paris9To6(Action<ServiceLevelOptions>? change = null)
    {
        var options = ParisOptions();
        change?.Invoke(options);
        return new SlaClock(Options.Create(options));
    }

    public static BusinessCalendar Calendar(Action<BusinessHoursOptions>? change = null)
    {
        var options = ParisOptions().BusinessHours;
        change?.Invoke(options);
        var (calendar, errors) = BusinessCalendar.Create(options);
        return calendar ?? throw new InvalidOperationException(string.Join(" ", errors));
    }

    /// <summary>An instant given as Paris wall-clock time.</summary>
    public static DateTimeOffset ParisTime(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Paris.GetUtcOffset(local)).ToUniversalTime();
    }

    public static Ticket Incident(Priority priority, DateTimeOffset openedAt, SlaState? sla) => new()
    {
        Number = new TicketNumber(TicketKind.Incident, 123),
        Version = 1,
        Status = TicketStatus.New,
        Title = "VPN drops",
        Description = "Every ten minutes.",
        Category = "network-vpn",
        Impact = Impact.Medium,
        Urgency = Urgency.Medium,
        Priority = priority,
        Requester = new TicketPerson("29:employee", "aad-employee", "Alex Employee"),
        CreatedAt = openedAt,
        UpdatedAt = openedAt,
        Sla = sla,
    };

    public static TicketPerson Agent { get; } = new("29:agent", "aad-agent", "Adele Agent");
}
