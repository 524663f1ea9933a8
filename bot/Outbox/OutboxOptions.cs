using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Bot.Outbox;

/// <summary>How the outbox worker claims, paces and retries deliveries (section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Off only for hosts that must not deliver (a read-only instance, some tests).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long to wait for new records when nothing is due (a signal after a turn cuts it short).</summary>
    [Range(10, 60_000)]
    public int PollIntervalMilliseconds { get; set; } = 1_000;

    /// <summary>How long a claim keeps other workers off a record; must outlast a delivery.</summary>
    [Range(5, 3_600)]
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>Records claimed at once.</summary>
    [Range(1, 500)]
    public int BatchSize { get; set; } = 50;

    /// <summary>Time allowed for one record's connector calls, rate-gate waits included.</summary>
    [Range(1, 3_600)]
    public int DeliveryTimeoutSeconds { get; set; } = 30;

    /// <summary>Conversations delivered to in parallel (records of one conversation go in order).</summary>
    [Range(1, 64)]
    public int MaxConcurrentConversations { get; set; } = 8;

    /// <summary>Attempts before a record that keeps failing transiently is parked as Failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry step; doubles per attempt, with full jitter.</summary>
    [Range(1, 3_600_000)]
    public int BaseBackoffMilliseconds { get; set; } = 2_000;

    /// <summary>Largest retry step.</summary>
    [Range(1, 86_400)]
    public int MaxBackoffSeconds { get; set; } = 300;

    /// <summary>
    /// Teams allows about 50 requests per second per app and tenant (docs/protocol.md §5). 46 by default: the gate counts
    /// when it grants a slot and calls arrive a few milliseconds apart, so at 50 some of Teams' seconds see 51, and each
    /// 429 pauses the whole tenant for a second (bench/fanout: 31.5/s at 50, 45.8/s at 46, 10,000 recipients).
    /// </summary>
    [Range(1, 1_000)]
    public int TenantRequestsPerSecond { get; set; } = 46;

    /// <summary>
    /// Share the tenant budget and the 429 pauses with the other instances through storage (table <c>Throttle</c>):
    /// each live instance sends at most its part of <see cref="TenantRequestsPerSecond"/>. Off: each instance uses the
    /// whole budget (one instance only, or tests of one gate).
    /// </summary>
    public bool ShareTenantBudget { get; set; } = true;

    /// <summary>How often an instance that is sending reads the shared throttle (its pauses and the live instances).</summary>
    [Range(50, 60_000)]
    public int ThrottleRefreshMilliseconds { get; set; } = 1_000;

    /// <summary>
    /// An instance's heartbeat lasts this long: one that stops sending (or dies) gives its share back after it.
    /// Clocks of the instances must agree to well under this (NTP does).
    /// </summary>
    [Range(1, 600)]
    public int InstanceExpirySeconds { get; set; } = 3;

    /// <summary>Per conversation: 7 per second (docs/protocol.md §5).</summary>
    [Range(1, 100)]
    public int ConversationPerSecond { get; set; } = 7;

    /// <summary>Per conversation: 8 per 2 seconds.</summary>
    [Range(1, 200)]
    public int ConversationPerTwoSeconds { get; set; } = 8;

    /// <summary>Per conversation: 60 per 30 seconds.</summary>
    [Range(1, 3_000)]
    public int ConversationPerThirtySeconds { get; set; } = 60;

    public TimeSpan PollInterval => TimeSpan.FromMilliseconds(PollIntervalMilliseconds);

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public TimeSpan DeliveryTimeout => TimeSpan.FromSeconds(DeliveryTimeoutSeconds);
}
