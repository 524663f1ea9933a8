using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Dialogs.Tickets.Waits;

/// <summary>
/// One pass over the tickets that wait on someone: the requests awaiting approval (<see cref="ApprovalTimer"/>) and
/// the tickets on hold (<see cref="HoldTimer"/>), read from their status queues (an index, never a table scan). The
/// timers keep their state on the ticket (<see cref="Ticket.Wait"/>) and store each step conditionally on the version
/// read, so the pass can be repeated after a restart and run by several instances at once. The approvals are timed
/// unless <c>Waits:Approvals:Enabled</c> is false; the holds are always.
/// </summary>
public sealed partial class WaitMonitor
{
    /// <summary>Tickets read per page of a status queue, and pages per status per pass.</summary>
    internal const int PageSize = 100;
    internal const int MaxPages = 20;

    private readonly ITicketStore _tickets;
    private readonly ApprovalTimer _approvals;
    private readonly HoldTimer _holds;
    private readonly IOptions<WaitOptions> _options;
    private readonly ILogger<WaitMonitor> _logger;

    internal WaitMonitor(ITicketStore tickets, ApprovalTimer approvals, HoldTimer holds, IOptions<WaitOptions> options, ILogger<WaitMonitor> logger) =>
        (_tickets, _approvals, _holds, _options, _logger) = (tickets, approvals, holds, options, logger);

    public async Task<WaitRunResult> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (looked, changed, skipped) = (0, 0, 0);
        foreach (var status in (TicketStatus[])[TicketStatus.AwaitingApproval, TicketStatus.OnHold])
        {
            if (status == TicketStatus.AwaitingApproval && !_options.Value.Approvals.Enabled)
            {
                continue;
            }

            string? continuation = null;
            for (var page = 0; page < MaxPages; page++)
            {
                var batch = await _tickets.ListByStatusAsync(status, PageSize, continuation, cancellationToken).ConfigureAwait(false);
                foreach (var ticket in batch.Tickets.Where(t => t.Status == status))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    looked++;
                    var outcome = await CheckAsync(ticket, now, cancellationToken).ConfigureAwait(false);
                    changed += outcome is WaitOutcome.NotDue or WaitOutcome.Skipped ? 0 : 1;
                    skipped += outcome == WaitOutcome.Skipped ? 1 : 0;
                }

                continuation = batch.Continuation;
                if (continuation is null)
                {
                    break;
                }
            }
        }

        return new WaitRunResult(looked, changed, skipped);
    }

    private async Task<WaitOutcome> CheckAsync(Ticket ticket, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = ticket.Status == TicketStatus.AwaitingApproval
                ? await _approvals.CheckAsync(ticket, now, cancellationToken).ConfigureAwait(false)
                : await _holds.CheckAsync(ticket, now, cancellationToken).ConfigureAwait(false);
            if (outcome is not (WaitOutcome.NotDue or WaitOutcome.Skipped))
            {
                Stepped(_logger, ticket.Number.ToString(), outcome);
            }

            return outcome;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One ticket's failure must not starve the others; it is looked at again next pass.
            CheckFailed(_logger, ex, ticket.Number.ToString());
            return WaitOutcome.Skipped;
        }
    }

    [LoggerMessage(EventId = 5380, Level = LogLevel.Information, Message = "Wait timer of {Number}: {Outcome}")]
    private static partial void Stepped(ILogger logger, string number, WaitOutcome outcome);

    [LoggerMessage(EventId = 5381, Level = LogLevel.Warning, Message = "Wait timer of {Number} failed; trying again next pass")]
    private static partial void CheckFailed(ILogger logger, Exception exception, string number);
}
