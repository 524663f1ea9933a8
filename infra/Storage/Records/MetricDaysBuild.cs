using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Builds the metric facts of the tickets written before they were kept (the first start after an upgrade): every
/// ticket through the creation index, at its current version, then records that they are built. Until then the
/// metrics are read from the tickets. Every write only moves a day forward (<see cref="MetricDayWriter"/>), so the
/// build, live changes and other instances building at the same time never undo one another. Nothing to do once built.
/// Likewise the open tickets' copy (<see cref="OpenTicketWriter"/>): the open tickets through the status index, then
/// its empty rows swept every few minutes.
/// </summary>
internal sealed partial class MetricDaysBuild(
    TableMetricDays days, OpenTicketWriter open, ITicketStore store, ITicketQueries queries, RecordTables tables, TimeProvider clock,
    ILogger<MetricDaysBuild> logger)
    : BackgroundService
{
    private const int PageSize = 200;
    private const int ParallelTickets = 8;
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(10);

    private readonly MetricDayWriter writer = new(tables);

    public async Task BuildAsync(CancellationToken cancellationToken)
    {
        await BuildDaysAsync(cancellationToken).ConfigureAwait(false);
        if (!await days.OpenReadyAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var status in Enum.GetValues<TicketStatus>().Where(s => s.IsOpen()))
            {
                await EachTicketAsync(new TicketFilter(status), t => open.WriteAsync(t, cancellationToken), cancellationToken).ConfigureAwait(false);
            }

            await days.MarkOpenBuiltAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task BuildDaysAsync(CancellationToken cancellationToken)
    {
        if (await days.ReadyAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var built = await EachTicketAsync(new TicketFilter(), async ticket =>
        {
            var history = (await store.GetHistoryAsync(ticket.Number, cancellationToken).ConfigureAwait(false)).Where(e => e.Version <= ticket.Version).ToList();
            await writer.WriteAsync(ticket.Number, ticket.Version, MetricDayChange.All(new TicketFacts(ticket, history)), cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        await days.MarkBuiltAsync(cancellationToken).ConfigureAwait(false);
        LogBuilt(built);
    }

    private async Task<int> EachTicketAsync(TicketFilter filter, Func<Ticket, Task> action, CancellationToken cancellationToken)
    {
        var count = 0;
        string? continuation = null;
        do
        {
            var page = await queries.ListAsync(filter, PageSize, continuation, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The ticket store refused a continuation it issued.");
            await Parallel.ForEachAsync(
                page.Tickets,
                new ParallelOptions { MaxDegreeOfParallelism = ParallelTickets, CancellationToken = cancellationToken },
                async (ticket, _) => await action(ticket).ConfigureAwait(false)).ConfigureAwait(false);
            count += page.Tickets.Count;
            continuation = page.Continuation;
        }
        while (continuation is not null);
        return count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await BuildAsync(stoppingToken).ConfigureAwait(false);
                break;
            }
            catch (StorageUnavailableException ex)
            {
                LogBuildFailed(ex);
            }

            await Task.Delay(RetryAfter, clock, stoppingToken).ConfigureAwait(false);
        }

        // The open tickets' copy keeps an empty row for a while after a ticket closes: swept now and then.
        using var timer = new PeriodicTimer(SweepEvery, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await open.ReadAsync(sweep: true, stoppingToken).ConfigureAwait(false);
            }
            catch (StorageUnavailableException ex)
            {
                LogBuildFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Metric facts built for {Tickets} tickets")]
    private partial void LogBuilt(int tickets);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Building or sweeping the metric facts failed; it is tried again later")]
    private partial void LogBuildFailed(Exception exception);
}
