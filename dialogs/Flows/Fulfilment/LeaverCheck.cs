using Microsoft.Extensions.Logging;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.Fulfilment;

/// <summary>
/// One pass of the leavers check: the accounts disabled or deleted since the last pass (Graph's delta link, kept in
/// the dialog state store under a name of its own), and for each, a removal job for every access the service desk
/// granted by itself that is still granted. The jobs are stored before the new link: a crash in between reads the
/// same changes again, and the job keys make that one job. The first pass only records the link.
/// </summary>
public sealed partial class LeaverCheck
{
    private readonly IDirectoryLeavers directory;
    private readonly IDialogStateStore state;
    private readonly ITicketStore tickets;
    private readonly AccessFulfilment fulfilment;
    private readonly IMembershipJobStore jobs;
    private readonly TimeProvider clock;
    private readonly ILogger<LeaverCheck> logger;

    internal LeaverCheck(
        IDirectoryLeavers directory, IDialogStateStore state, ITicketStore tickets, AccessFulfilment fulfilment, IMembershipJobStore jobs,
        TimeProvider clock, ILogger<LeaverCheck> logger) =>
        (this.directory, this.state, this.tickets, this.fulfilment, this.jobs, this.clock, this.logger) =
        (directory, state, tickets, fulfilment, jobs, clock, logger);

    internal const string StateConversation = "service-desk:leavers";
    internal const string StateUser = "users-delta";
    private const string StateName = "leavers";
    private const int PageSize = 100;

    /// <summary>Runs one pass; returns how many removal jobs it stored (0 on the first pass, or when Graph is off).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var saved = await state.GetAsync(StateConversation, StateUser, cancellationToken).ConfigureAwait(false);
        var read = await directory.ReadAsync(saved?.StateJson, cancellationToken).ConfigureAwait(false);
        if (read.Status == LeaversStatus.Expired)
        {
            // The changes in between are lost to the delta query: the next pass reads the directory and records a new link.
            await state.ClearAsync(StateConversation, StateUser, cancellationToken).ConfigureAwait(false);
            return 0;
        }

        if (read is not { Status: LeaversStatus.Read, DeltaLink: { } link })
        {
            return 0;
        }

        var stored = saved is null || read.Leavers.Count == 0 ? 0
            : await RemoveAccessAsync(read.Leavers.ToHashSet(StringComparer.OrdinalIgnoreCase), cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        if (await state.SaveAsync(StateConversation, StateUser, new DialogStateRecord(StateName, link, now, saved?.ETag), cancellationToken)
            .ConfigureAwait(false) == SaveOutcome.Conflict)
        {
            // Another instance read the same changes at the same time: its link stands, the jobs are the same ones.
            LinkRace(logger);
        }

        Checked(logger, read.Leavers.Count, stored);
        return stored;
    }

    private async Task<int> RemoveAccessAsync(HashSet<string> leavers, CancellationToken cancellationToken)
    {
        var stored = 0;
        foreach (var status in new[] { TicketStatus.Fulfilled, TicketStatus.Closed })
        {
            string? continuation = null;
            do
            {
                var page = await tickets.ListByStatusAsync(status, PageSize, continuation, cancellationToken).ConfigureAwait(false);
                foreach (var ticket in page.Tickets.Where(t => t.Requester.AadObjectId is { } id && leavers.Contains(id)))
                {
                    if (fulfilment.Job(ticket, MembershipChange.Leaver, "leaver") is { } job
                        && await jobs.GetAsync(job.Key, cancellationToken).ConfigureAwait(false) is null
                        && await StillGrantedAsync(tickets, ticket.Number, cancellationToken).ConfigureAwait(false))
                    {
                        await jobs.EnqueueAsync(job, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                        stored++;
                    }
                }

                continuation = page.Continuation;
            }
            while (continuation is not null);
        }

        return stored;
    }

    /// <summary>Granted by the service desk itself (its Fulfilled event) and not removed since.</summary>
    internal static async Task<bool> StillGrantedAsync(ITicketStore tickets, TicketNumber number, CancellationToken cancellationToken)
    {
        var history = await tickets.GetHistoryAsync(number, cancellationToken).ConfigureAwait(false);
        var granted = false;
        foreach (var change in history.Where(e => e.Actor.Id == FulfilmentRecords.Actor.Id))
        {
            if (change.Kind == TicketEventKind.Fulfilled)
            {
                granted = true;
            }
            else if (change.Changes.Any(c => c is { Field: "access", To: "removed" }))
            {
                granted = false;
            }
        }

        return granted;
    }

    [LoggerMessage(EventId = 4160, Level = LogLevel.Information, Message = "Leavers check: {Leavers} accounts left, {Jobs} removal jobs stored")]
    private static partial void Checked(ILogger logger, int leavers, int jobs);

    [LoggerMessage(EventId = 4161, Level = LogLevel.Information, Message = "Leavers check: another instance stored the next delta link first")]
    private static partial void LinkRace(ILogger logger);
}
