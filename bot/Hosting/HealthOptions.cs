using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Bot.Hosting;

/// <summary>What <c>/readyz</c> checks (section <c>Health</c>).</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>Time the storage check may take before the instance is reported not ready.</summary>
    [Range(1, 60)]
    public int StorageTimeoutSeconds { get; set; } = 5;

    /// <summary>
    /// Longest a due outbox record may wait (and longest the outbox worker may go without a round) before the
    /// instance is reported not ready: notices and approval cards are not leaving.
    /// </summary>
    [Range(10, 86_400)]
    public int OutboxMaxAgeSeconds { get; set; } = 900;
}
