using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.Fulfilment;

/// <summary>
/// One pass over the membership jobs due: each claimed under a lease, its Graph change made (idempotent: "already a
/// member" and "not a member any more" are success), then recorded on the request with the people told
/// (<see cref="FulfilmentRecords"/>). Throttling and unavailability are tried again later (Graph's Retry-After
/// waited, else a doubling back-off) up to <see cref="FulfilmentOptions.MaxAttempts"/>; what cannot be done (403,
/// 404, out of tries) goes to the agents with the reason. A job's approval is waited for: it is written first.
/// </summary>
public sealed partial class MembershipJobRunner
{
    public const int BatchSize = 20;

    /// <summary>How long an approval may take to be stored after its job: past it, the approval did not land.</summary>
    internal static readonly TimeSpan ApprovalGrace = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan ApprovalPoll = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private readonly string worker = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly IMembershipJobStore jobs;
    private readonly IGroupMembership groups;
    private readonly ITicketStore tickets;
    private readonly FulfilmentRecords records;
    private readonly TimeProvider clock;
    private readonly IOptions<FulfilmentOptions> options;
    private readonly ILogger<MembershipJobRunner> logger;

    internal MembershipJobRunner(
        IMembershipJobStore jobs, IGroupMembership groups, ITicketStore tickets, FulfilmentRecords records, TimeProvider clock,
        IOptions<FulfilmentOptions> options, ILogger<MembershipJobRunner> logger) =>
        (this.jobs, this.groups, this.tickets, this.records, this.clock, this.options, this.logger) =
        (jobs, groups, tickets, records, clock, options, logger);

    private FulfilmentOptions Settings => options.Value;

    /// <summary>Runs the jobs due at <paramref name="now"/> (at most <see cref="BatchSize"/>); returns how many were claimed.</summary>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claimed = await jobs.ClaimDueAsync(worker, now, Lease, BatchSize, cancellationToken).ConfigureAwait(false);
        foreach (var job in claimed)
        {
            await RunAsync(job, cancellationToken).ConfigureAwait(false);
        }

        return claimed.Count;
    }

    private async Task RunAsync(MembershipJobRecord job, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var ticket = await tickets.GetAsync(job.Job.Ticket, cancellationToken).ConfigureAwait(false);
        if (ticket?.Access is null)
        {
            await FinishAsync(job, MembershipJobStatus.Cancelled, "request not found", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (job.Job.Change == MembershipChange.Add && ticket.Status is not (TicketStatus.Approved or TicketStatus.InProgress))
        {
            await NotApprovedAsync(job, ticket, now, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (job.Job.Change == MembershipChange.EndNotice)
        {
            await records.EndNoticeAsync(job.Job, cancellationToken).ConfigureAwait(false);
            await FinishAsync(job, MembershipJobStatus.Done, null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var outcome = job.Job.Change == MembershipChange.Add
            ? await groups.AddMemberAsync(job.Job.GroupId, job.Job.ObjectId, cancellationToken).ConfigureAwait(false)
            // A removal and a leaver's removal alike: "not a member any more" is success.
            : await groups.RemoveMemberAsync(job.Job.GroupId, job.Job.ObjectId, cancellationToken).ConfigureAwait(false);
        Ran(logger, job.Key, job.Job.Change, outcome.Status, job.Attempts + 1);
        switch (outcome.Status)
        {
            case MembershipStatus.Done or MembershipStatus.AlreadyDone:
                await records.DoneAsync(job.Job, cancellationToken).ConfigureAwait(false);
                await FinishAsync(job, MembershipJobStatus.Done, null, cancellationToken).ConfigureAwait(false);
                break;
            case MembershipStatus.Throttled or MembershipStatus.Failed when job.Attempts + 1 < Settings.MaxAttempts:
                var wait = outcome.RetryAfter ?? Backoff(job.Attempts);
                await jobs.RescheduleAsync(job, now + wait, attempt: true, outcome.Status.ToString(), cancellationToken).ConfigureAwait(false);
                break;
            default:
                var reason = outcome.Status switch
                {
                    MembershipStatus.Denied => FulfilmentReason.Denied,
                    MembershipStatus.NotFound => FulfilmentReason.NotFound,
                    _ => FulfilmentReason.Unavailable,
                };
                await records.CannotAsync(job.Job, reason, job.Attempts + 1, cancellationToken).ConfigureAwait(false);
                await FinishAsync(job, MembershipJobStatus.Parked, reason.ToString(), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>
    /// A grant whose request is not (or no longer) approved: still awaiting, the approval is being stored (wait a
    /// little, not a try); fulfilled already, a rerun after a crash (done); anything else, nothing to do.
    /// </summary>
    private async Task NotApprovedAsync(MembershipJobRecord job, Ticket ticket, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ticket.Status == TicketStatus.AwaitingApproval && now - job.CreatedAt < ApprovalGrace)
        {
            await jobs.RescheduleAsync(job, now + ApprovalPoll, attempt: false, null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var done = ticket.Status is TicketStatus.Fulfilled or TicketStatus.Closed && ticket.Access?.DecidedAt is not null;
        await FinishAsync(job, done ? MembershipJobStatus.Done : MembershipJobStatus.Cancelled, $"request {ticket.Status}", cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>RetryBaseSeconds doubled after each try, at most RetryMaxMinutes.</summary>
    internal TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(Settings.RetryBaseSeconds * Math.Pow(2, Math.Min(attempts, 20)), Settings.RetryMaxMinutes * 60.0));

    private async Task FinishAsync(MembershipJobRecord job, MembershipJobStatus status, string? why, CancellationToken cancellationToken)
    {
        if (!await jobs.FinishAsync(job, status, why, cancellationToken).ConfigureAwait(false))
        {
            LeaseLost(logger, job.Key);
        }
    }

    [LoggerMessage(EventId = 4150, Level = LogLevel.Information, Message = "Membership job {Key} ({Change}): Graph answered {Outcome} on try {Attempt}")]
    private static partial void Ran(ILogger logger, string key, MembershipChange change, MembershipStatus outcome, int attempt);

    [LoggerMessage(EventId = 4151, Level = LogLevel.Warning, Message = "Membership job {Key}: its lease was taken over before it was finished; the other worker's write stands")]
    private static partial void LeaseLost(ILogger logger, string key);
}

/// <summary>Why a membership change goes to an agent.</summary>
internal enum FulfilmentReason { Denied, NotFound, Unavailable }
