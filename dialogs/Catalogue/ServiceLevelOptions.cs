using System.ComponentModel.DataAnnotations;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>
/// Response and resolution targets per priority (section <c>ServiceLevels</c>), from the design's defaults.
/// Durations are wall-clock for now: business hours arrive with the SLA clock (issue 5), which recomputes them.
/// </summary>
public sealed class ServiceLevelOptions
{
    public const string SectionName = "ServiceLevels";

    public ServiceLevelTarget P1 { get; set; } = new() { ResponseMinutes = 15, ResolutionMinutes = 4 * 60 };

    public ServiceLevelTarget P2 { get; set; } = new() { ResponseMinutes = 30, ResolutionMinutes = 8 * 60 };

    public ServiceLevelTarget P3 { get; set; } = new() { ResponseMinutes = 4 * 60, ResolutionMinutes = 3 * 24 * 60 };

    public ServiceLevelTarget P4 { get; set; } = new() { ResponseMinutes = 24 * 60, ResolutionMinutes = 5 * 24 * 60 };

    /// <summary>"Planned": generous defaults so the clock exists without pressing anyone.</summary>
    public ServiceLevelTarget P5 { get; set; } = new() { ResponseMinutes = 3 * 24 * 60, ResolutionMinutes = 20 * 24 * 60 };

    public ServiceLevelTarget For(Priority priority) => priority switch
    {
        Priority.P1 => P1,
        Priority.P2 => P2,
        Priority.P3 => P3,
        Priority.P4 => P4,
        _ => P5,
    };

    /// <summary>The SLA clock of a ticket of <paramref name="priority"/> opened at <paramref name="openedAt"/>.</summary>
    public SlaState ClockFor(Priority priority, DateTimeOffset openedAt)
    {
        var target = For(priority);
        var responseDue = openedAt.AddMinutes(target.ResponseMinutes);
        return new SlaState(responseDue, openedAt.AddMinutes(target.ResolutionMinutes), NextCheckAt: responseDue);
    }
}

/// <summary>One priority's targets, in minutes.</summary>
public sealed class ServiceLevelTarget
{
    [Range(1, 525_600, ErrorMessage = "ServiceLevels:<priority>:ResponseMinutes must be between 1 and 525600.")]
    public int ResponseMinutes { get; set; }

    [Range(1, 525_600, ErrorMessage = "ServiceLevels:<priority>:ResolutionMinutes must be between 1 and 525600.")]
    public int ResolutionMinutes { get; set; }
}
