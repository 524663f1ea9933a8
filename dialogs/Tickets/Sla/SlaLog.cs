using Microsoft.Extensions.Logging;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Dialogs.Tickets.Sla;

/// <summary>The SLA monitor's log lines: ticket numbers and outcomes only, never message text.</summary>
internal static partial class SlaLog
{
    [LoggerMessage(EventId = 5300, Level = LogLevel.Information, Message = "SLA notice {Notice} recorded for {Ticket} (thread notice: {InThread})")]
    public static partial void Notified(ILogger logger, string ticket, SlaNotices notice, bool inThread);

    [LoggerMessage(EventId = 5301, Level = LogLevel.Information, Message = "Ticket {Ticket} closed automatically after its resolution")]
    public static partial void AutoClosed(ILogger logger, string ticket);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Debug, Message = "SLA check of {Ticket} skipped: {Outcome} (changed meanwhile)")]
    public static partial void Skipped(ILogger logger, string ticket, TicketUpdateOutcome outcome);

    [LoggerMessage(EventId = 5303, Level = LogLevel.Warning, Message = "SLA check of {Ticket} found nothing due; next check rewritten ({Outcome})")]
    public static partial void Rescheduled(ILogger logger, string ticket, TicketUpdateOutcome outcome);

    [LoggerMessage(EventId = 5304, Level = LogLevel.Error, Message = "SLA check of {Ticket} failed")]
    public static partial void CheckFailed(ILogger logger, Exception exception, string ticket);
}
