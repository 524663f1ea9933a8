using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Dialogs.Flows.Fulfilment;

/// <summary>
/// Access that fulfils itself (section <c>Fulfilment</c>): how often the membership jobs are looked at, how a job that
/// Graph could not answer is tried again, and when a temporary access's holder is told it ends. Only catalogue
/// entries with <c>AutoFulfil</c> and a <c>GroupId</c> make jobs; Graph must be on (<c>Graph:Enabled</c>).
/// </summary>
public sealed class FulfilmentOptions
{
    public const string SectionName = "Fulfilment";

    /// <summary>The worker's pass interval.</summary>
    [Range(1, 3600, ErrorMessage = "Fulfilment:CheckIntervalSeconds must be between 1 and 3600.")]
    public int CheckIntervalSeconds { get; set; } = 15;

    /// <summary>Tries of one job (Graph unavailable or throttling) before it goes to an agent.</summary>
    [Range(1, 50, ErrorMessage = "Fulfilment:MaxAttempts must be between 1 and 50.")]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first wait after a failed try, doubled after each (Graph's Retry-After, when sent, is waited instead).</summary>
    [Range(1, 3600, ErrorMessage = "Fulfilment:RetryBaseSeconds must be between 1 and 3600.")]
    public int RetryBaseSeconds { get; set; } = 30;

    /// <summary>The longest wait between two tries.</summary>
    [Range(1, 1440, ErrorMessage = "Fulfilment:RetryMaxMinutes must be between 1 and 1440.")]
    public int RetryMaxMinutes { get; set; } = 60;

    /// <summary>How many days before a temporary access ends its holder is told, with "Ask to extend".</summary>
    [Range(0, 60, ErrorMessage = "Fulfilment:EndNoticeDays must be between 0 and 60.")]
    public int EndNoticeDays { get; set; } = 3;

    /// <summary>How often the access reviews are looked at (started when due, reminded when late); 0: no reviews.</summary>
    [Range(0, 1440, ErrorMessage = "Fulfilment:ReviewCheckMinutes must be between 0 (off) and 1440.")]
    public int ReviewCheckMinutes { get; set; } = 60;

    /// <summary>The days an owner has to finish an access review before being reminded (once).</summary>
    [Range(1, 90, ErrorMessage = "Fulfilment:ReviewDueDays must be between 1 and 90.")]
    public int ReviewDueDays { get; set; } = 14;

    /// <summary>How many holders one page of the review card lists (a card must stay under Teams' size limit).</summary>
    [Range(1, 25, ErrorMessage = "Fulfilment:ReviewPageSize must be between 1 and 25.")]
    public int ReviewPageSize { get; set; } = 10;

    /// <summary>
    /// The time zone of the end dates: an access ends at the start of the day after its end date there (IANA id;
    /// empty: UTC).
    /// </summary>
    public string? TimeZone { get; set; }
}
