using System.Collections.Concurrent;
using ServiceDesk.Dialogs.Metrics.Days;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// The metric facts by day on the table contract (keys: <see cref="MetricKeys"/>). A day's tally is kept with the mark
/// the day had when it was computed, and used while the mark is the same: every write of a fact of that day changes
/// the mark after the fact, and the marks are read before the facts, so a kept tally is never older than its mark says.
/// A year is then two range queries (marks and tallies) plus the days changed since they were last read. The mark a
/// tally is kept under also names the service-level calendar it was computed with (<see cref="CalendarOf"/>), so a
/// change of business hours or holidays recomputes the days. The facts and the open tickets' copy are written just after
/// a change returns (<see cref="DeferredTicketWork"/>): each read first waits for those this instance has under way.
/// </summary>
internal sealed class TableMetricDays(RecordTables tables, OpenTicketWriter open, DeferredTicketWork deferred) : IMetricDays
{
    public const string OpenBuiltRow = "open-built";

    private const int ParallelDays = 8;

    private volatile bool ready;
    private volatile bool openReady;

    public async Task<bool> ReadyAsync(CancellationToken cancellationToken)
    {
        if (ready)
        {
            return true;
        }

        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var got = await tables.Metrics.GetAsync(MetricKeys.MetaPartition, MetricKeys.BuiltRow, cancellationToken).ConfigureAwait(false);
        if (got.Status == TableStatus.NotFound)
        {
            return false;
        }

        got.OrThrow("metric facts built");
        return ready = true;
    }

    public async Task<IReadOnlyDictionary<DateOnly, MetricTally>> TalliesAsync(
        DateOnly first, DateOnly last, Func<Priority, DateTimeOffset, DateTimeOffset, TimeSpan> counted, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await deferred.WrittenAsync(cancellationToken).ConfigureAwait(false);
        var marks = await RangeAsync(MetricKeys.MarkPartition, first, last, cancellationToken).ConfigureAwait(false);
        var kept = await RangeAsync(MetricKeys.SumPartition, first, last, cancellationToken).ConfigureAwait(false);
        var calendar = CalendarOf(counted);
        var tallies = new ConcurrentDictionary<DateOnly, MetricTally>();
        await Parallel.ForEachAsync(
            marks,
            new ParallelOptions { MaxDegreeOfParallelism = ParallelDays, CancellationToken = cancellationToken },
            async (mark, ct) =>
            {
                var token = mark.Value.GetString("Token") + "|" + calendar;
                if (kept.TryGetValue(mark.Key, out var sum) && sum.GetString("Basis") == token)
                {
                    tallies[mark.Key] = RecordJson.Read<MetricTally>(sum);
                    return;
                }

                var tally = MetricTally.Of(await FactsAsync(mark.Key, ct).ConfigureAwait(false), counted);
                var entity = new TableEntity(MetricKeys.SumPartition, MetricKeys.Day(mark.Key)) { ["Basis"] = token };
                RecordJson.Write(entity, tally);
                (await tables.Metrics.UpsertAsync(entity, ct).ConfigureAwait(false)).OrThrow("metric tallies");
                tallies[mark.Key] = tally;
            }).ConfigureAwait(false);
        return tallies;
    }

    public async Task<IReadOnlyList<MetricFact>> FactsAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await deferred.WrittenAsync(cancellationToken).ConfigureAwait(false);
        var facts = new List<MetricFact>();
        foreach (var entity in await ReadAllAsync(new TableQuery(MetricKeys.DayPartition(day)), cancellationToken).ConfigureAwait(false))
        {
            if (entity.GetString("Facts") is { Length: > 0 } json)
            {
                facts.AddRange(MetricDayChange.Read(json));
            }
        }

        return facts;
    }

    public async Task<IReadOnlyList<Ticket>?> OpenTicketsAsync(CancellationToken cancellationToken)
    {
        if (!await OpenReadyAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        await deferred.WrittenAsync(cancellationToken).ConfigureAwait(false);
        return await open.ReadAsync(sweep: false, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> OpenReadyAsync(CancellationToken cancellationToken)
    {
        if (openReady)
        {
            return true;
        }

        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var got = await tables.Metrics.GetAsync(MetricKeys.MetaPartition, OpenBuiltRow, cancellationToken).ConfigureAwait(false);
        return got.Status != TableStatus.NotFound && (openReady = got.OrThrow("open tickets built") is not null);
    }

    /// <summary>Records that the open tickets' copy holds every open ticket (<see cref="MetricDaysBuild"/>).</summary>
    public async Task MarkOpenBuiltAsync(CancellationToken cancellationToken)
    {
        (await tables.Metrics.UpsertAsync(new TableEntity(MetricKeys.MetaPartition, OpenBuiltRow), cancellationToken).ConfigureAwait(false))
            .OrThrow("open tickets built");
        openReady = true;
    }

    /// <summary>The business time each priority counts over a year and over a few hours: differs when the calendar does.</summary>
    internal static string CalendarOf(Func<Priority, DateTimeOffset, DateTimeOffset, TimeSpan> counted)
    {
        var year = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var hours = new DateTimeOffset(2026, 3, 2, 6, 45, 0, TimeSpan.Zero);
        return string.Join(',', Enum.GetValues<Priority>().Select(p =>
            $"{counted(p, year, year.AddYears(1)).Ticks:x}.{counted(p, hours, hours.AddHours(13)).Ticks:x}"));
    }

    /// <summary>Records that every ticket's facts are in (<see cref="MetricDaysBuild"/>).</summary>
    public async Task MarkBuiltAsync(CancellationToken cancellationToken)
    {
        (await tables.Metrics.UpsertAsync(new TableEntity(MetricKeys.MetaPartition, MetricKeys.BuiltRow), cancellationToken).ConfigureAwait(false))
            .OrThrow("metric facts built");
        ready = true;
    }

    private async Task<Dictionary<DateOnly, TableEntity>> RangeAsync(string partition, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var query = new TableQuery(partition) { RowKeyFrom = MetricKeys.Day(first), RowKeyTo = MetricKeys.Day(last.AddDays(1)) };
        return (await ReadAllAsync(query, cancellationToken).ConfigureAwait(false)).ToDictionary(e => MetricKeys.ParseDay(e.RowKey));
    }

    private async Task<List<TableEntity>> ReadAllAsync(TableQuery query, CancellationToken cancellationToken)
    {
        var entities = new List<TableEntity>();
        string? continuation = null;
        do
        {
            var page = (await tables.Metrics.QueryAsync(query with { ContinuationToken = continuation }, cancellationToken).ConfigureAwait(false))
                .OrThrow("metric facts");
            entities.AddRange(page.Entities);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return entities;
    }
}
