using ServiceDesk.Dialogs.Catalogue;

namespace ServiceDesk.Dialogs.Tickets.Waits;

/// <summary>
/// Section <c>Waits</c>: what happens to a ticket that waits on someone. An access request waits on its approver
/// (<see cref="Approvals"/>), a ticket on hold waits on its requester (<see cref="Holds"/>). Times are counted on the
/// business calendar of <c>ServiceLevels:BusinessHours</c>. Checked at start by <c>WaitOptionsValidator</c>.
/// </summary>
public sealed class WaitOptions
{
    public const string SectionName = "Waits";

    public ApprovalWaitOptions Approvals { get; set; } = new();

    public HoldWaitOptions Holds { get; set; } = new();

    /// <summary>How often the wait worker looks at the requests awaiting approval and the tickets on hold.</summary>
    public int CheckIntervalSeconds { get; set; } = 60;

    /// <summary>Off for hosts that must not remind anyone (a read-only instance, some tests).</summary>
    public bool Enabled { get; set; } = true;
}

/// <summary>An undecided approval: the approver is reminded, then the request goes to the fallback approver or expires.</summary>
public sealed class ApprovalWaitOptions
{
    /// <summary>
    /// Off: the requests awaiting approval are not looked at (no reminder, no fallback, no expiry), for a desk whose
    /// approvers are chased another way. The holds are timed all the same.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Business hours without a decision before the approvers are reminded (0: never).</summary>
    public int RemindAfterHours { get; set; } = 8;

    /// <summary>
    /// Business hours without a decision (counted from the request, then again from an escalation) before the request
    /// goes to <see cref="Fallback"/> or, with no fallback left, expires (0: never).
    /// </summary>
    public int ExpireAfterHours { get; set; } = 24;

    /// <summary>The next approvers: who decides when the first ones did not in time. None: the request expires.</summary>
    public OnCallAgent[]? Fallback { get; set; }

    public IReadOnlyList<OnCallAgent> FallbackApprovers => Fallback ?? [];
}

/// <summary>A ticket on hold awaiting its requester: a reminder, then, if the desk wants it, an automatic resolution.</summary>
public sealed class HoldWaitOptions
{
    /// <summary>Business days on hold awaiting the requester before they are reminded (0: never).</summary>
    public int RemindAfterDays { get; set; } = 3;

    /// <summary>
    /// Business days on hold (from the hold) after which the ticket is resolved for want of an answer (0: never). The
    /// reminder announces the date, and it is never earlier than one business day after the reminder.
    /// </summary>
    public int AutoResolveAfterDays { get; set; }
}
