using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Dialogs.Announcements.Fanout;

/// <summary>Settings of the announcement fan-out (section <c>Announcements:Fanout</c>).</summary>
public sealed class FanoutOptions
{
    public const string SectionName = "Announcements:Fanout";

    /// <summary>Recipients planned per step (one listing page, one cursor write).</summary>
    [Range(1, 500)]
    public int PageSize { get; set; } = 100;

    /// <summary>How long a worker holds a job between cursor writes; another instance takes over after it.</summary>
    [Range(1, 3600)]
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>How often a worker looks for jobs when not woken by a broadcast of its own instance.</summary>
    [Range(1, 3600)]
    public int PollIntervalSeconds { get; set; } = 5;

    /// <summary>
    /// After planning, while cards are still queued, the job is looked at again after this long at least (or the
    /// time the queued cards need at <see cref="ExpectedPerSecond"/>), to record cards whose delivery report was lost.
    /// </summary>
    [Range(1, 3600)]
    public int SettleSeconds { get; set; } = 30;

    /// <summary>The delivery rate the rest between two checks assumes (Teams: about 50 per second per tenant).</summary>
    [Range(1, 10_000)]
    public int ExpectedPerSecond { get; set; } = 40;

    public bool Enabled { get; set; } = true;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);
}
