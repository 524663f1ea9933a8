namespace ServiceDesk.Dialogs.Tickets.Waits;

/// <summary>What a timer did with one ticket.</summary>
public enum WaitOutcome { NotDue, Reminded, Escalated, Expired, Resolved, Skipped }

/// <summary>What one pass of the wait monitor did.</summary>
public sealed record WaitRunResult(int Checked, int Changed, int Skipped);
