using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>
/// Service levels (section <c>ServiceLevels</c>): response and resolution targets per priority in business minutes
/// (counted by <see cref="BusinessHours"/>; the priorities in <see cref="RoundTheClock"/> count every minute), when a
/// ticket is "at risk", who is on call for P1 and when resolved tickets close by themselves. Checked at start by
/// <c>ServiceLevelOptionsValidator</c>.
/// </summary>
public sealed class ServiceLevelOptions
{
    public const string SectionName = "ServiceLevels";

    /// <summary>The default targets' "days" are business days of the default calendar (08:00–18:00): 600 business minutes.</summary>
    private const int BusinessDay = 10 * 60;

    public ServiceLevelTarget P1 { get; set; } = new() { ResponseMinutes = 15, ResolutionMinutes = 4 * 60 };

    public ServiceLevelTarget P2 { get; set; } = new() { ResponseMinutes = 30, ResolutionMinutes = 8 * 60 };

    public ServiceLevelTarget P3 { get; set; } = new() { ResponseMinutes = 4 * 60, ResolutionMinutes = 3 * BusinessDay };

    public ServiceLevelTarget P4 { get; set; } = new() { ResponseMinutes = BusinessDay, ResolutionMinutes = 5 * BusinessDay };

    /// <summary>"Planned": generous defaults so the clock exists without pressing anyone.</summary>
    public ServiceLevelTarget P5 { get; set; } = new() { ResponseMinutes = 3 * BusinessDay, ResolutionMinutes = 20 * BusinessDay };

    /// <summary>The business calendar: working days and hours in a time zone, holidays.</summary>
    public BusinessHoursOptions BusinessHours { get; set; } = new();

    /// <summary>
    /// Priorities counted in wall-clock time, 24/7 (default P1). Null when not configured: the configuration binder
    /// appends to a collection that already has items, so defaults of collections are applied after binding.
    /// </summary>
    public string[]? RoundTheClock { get; set; }

    /// <summary>Share of a target used (in %) when the ticket is flagged at risk.</summary>
    public int AtRiskPercent { get; set; } = 75;

    /// <summary>The agents @mentioned in the ticket's thread when a P1 is at risk or breached.</summary>
    public OnCallAgent[]? OnCall { get; set; }

    /// <summary>Days after which a resolved ticket without an answer from the requester closes.</summary>
    public int AutoCloseDays { get; set; } = 3;

    /// <summary>How often the SLA worker looks for due tickets.</summary>
    public int CheckIntervalSeconds { get; set; } = 30;

    /// <summary>Off for hosts that must not send SLA notices or close tickets (a read-only instance, some tests).</summary>
    public bool MonitorEnabled { get; set; } = true;

    public IReadOnlyList<string> RoundTheClockPriorities => RoundTheClock ?? ["P1"];

    public IReadOnlyList<OnCallAgent> OnCallAgents => OnCall ?? [];

    public ServiceLevelTarget For(Priority priority) => priority switch
    {
        Priority.P1 => P1,
        Priority.P2 => P2,
        Priority.P3 => P3,
        Priority.P4 => P4,
        _ => P5,
    };
}

/// <summary>One priority's targets, in business minutes (wall-clock minutes for a round-the-clock priority).</summary>
public sealed class ServiceLevelTarget
{
    public int ResponseMinutes { get; set; }

    public int ResolutionMinutes { get; set; }
}

/// <summary>An on-call agent: Teams user id (29:…), Entra object id and the name shown in the mention.</summary>
public sealed class OnCallAgent
{
    public string Id { get; set; } = "";

    public string? AadObjectId { get; set; }

    public string Name { get; set; } = "";
}
