using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>Settings of the service desk's records (section <c>Storage:Records</c>).</summary>
public sealed class RecordsOptions
{
    public const string SectionName = "Storage:Records";

    /// <summary>
    /// Ticket numbers each instance reserves at once from the shared counter. 1 = gap-free but one counter write per
    /// ticket; more = fewer writes, but numbers reserved by an instance that stops are never used (numbers may be sparse).
    /// </summary>
    [Range(1, 1000)]
    public int NumberBlockSize { get; set; } = 20;

    /// <summary>
    /// How old a pending journal entry must be before recovery completes or discards it; younger ones may still be
    /// in flight on another instance. Recovery at start of a single instance may use zero.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RecoveryAge { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the recovery pass runs in the background (beside once at start).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RecoveryInterval { get; set; } = TimeSpan.FromMinutes(1);
}
