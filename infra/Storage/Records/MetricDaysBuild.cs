using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Builds the metric facts of the tickets written before they were kept (the first start after an upgrade): every
/// ticket through the creation index, at its current version, then records that they are built. Until then the
/// metrics are read from the tickets. Every write only moves a day forward (<see cref="MetricDayWriter"/>), so the
/// build, live changes and other instances building at the same time never undo one another. Nothing to do once built.
/// </summary>
internal sealed partial class MetricDaysBuild(
    TableMetricDays days, ITicketStore store, ITicketQueries queries, RecordTables tables, TimeProvider clock, ILogger<MetricDaysBuild> logger)
    : BackgroundService
{
    private const int PageSize = 200;
    private const int ParallelTickets = 8;
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    private readonly MetricDayWriter writer = new(tables);

    public async Task BuildAsync(CancellationToken cancellationToken)
    {
        if (await days.ReadyAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var built = 0;
        string? continuation = null;
        do
        {
            var page = await queries.ListAsync(new TicketFilter(), PageSize, continuation, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The ticket store refused a continuation it issued.");
            await Parallel.ForEachAsync(
                page.Tickets,
                new ParallelOptions { MaxDegreeOfParallelism = ParallelTickets, CancellationToken = cancellationToken },
                async (ticket, ct) =>
                {
                    var history = (await store.GetHistoryAsync(ticket.Number, ct).ConfigureAwait(false)).Where(e => e.Version <= ticket.Version).ToList();
                    await writer.WriteAsync(ticket.Number, ticket.Version, MetricDayChange.All(new TicketFacts(ticket, history)), ct).ConfigureAwait(false);
                }).ConfigureAwait(false);
            built += page.Tickets.Count;
            continuation = page.Continuation;
        }
        while (continuation is not null);

        await days.MarkBuiltAsync(cancellationToken).ConfigureAwait(false);
        LogBuilt(built);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await BuildAsync(stoppingToken).ConfigureAwait(false);
                return;
            }
            catch (StorageUnavailableException ex)
            {
                LogBuildFailed(ex);
            }

            await Task.Delay(RetryAfter, clock, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Metric facts built for {Tickets} tickets")]
    private partial void LogBuilt(int tickets);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Building the metric facts failed; it is tried again in a minute")]
    private partial void LogBuildFailed(Exception exception);
}
