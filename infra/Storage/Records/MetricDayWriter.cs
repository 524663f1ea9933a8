using System.Globalization;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Table <c>Metrics</c>: a ticket's metric facts by UTC day (<c>d|2026-12-01</c> / <c>INC-000123</c>, with the ticket
/// version that wrote them), a mark per day changed with every write to that day (<c>mark</c> / day), each day's
/// kept tally with the mark it was computed under (<c>sum</c> / day), and <c>meta</c> / <c>built</c> once every ticket
/// written before the facts were kept has had them built.
/// </summary>
internal static class MetricKeys
{
    public const string MarkPartition = "mark";
    public const string SumPartition = "sum";
    public const string MetaPartition = "meta";
    public const string BuiltRow = "built";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDay(string key) => DateOnly.ParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DayPartition(DateOnly day) => "d|" + Day(day);
}

/// <summary>
/// Writes a change's <see cref="MetricDayChange"/>s. A day's row only moves forward: it is written unless a later
/// version of the ticket already wrote it (a change applied late, or again by recovery, never undoes a later one), and
/// a day a ticket leaves keeps an empty row carrying the version that emptied it, for the same reason. Then each day's
/// mark changes, after the facts, so a tally computed before the write is seen to be stale.
/// </summary>
internal sealed class MetricDayWriter(RecordTables tables)
{
    private const int MaxAttempts = 20;

    public async Task WriteAsync(TicketNumber number, long version, IReadOnlyList<MetricDayChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }

        await Task.WhenAll(changes.Select(c => WriteDayAsync(number, version, c, cancellationToken))).ConfigureAwait(false);
        await Task.WhenAll(changes.Select(c => MarkAsync(c.Day, cancellationToken))).ConfigureAwait(false);
    }

    private async Task WriteDayAsync(TicketNumber number, long version, MetricDayChange change, CancellationToken cancellationToken)
    {
        var partition = MetricKeys.DayPartition(change.Day);
        var row = number.ToString();
        for (var attempt = 1; ; attempt++)
        {
            var got = await tables.Metrics.GetAsync(partition, row, cancellationToken).ConfigureAwait(false);
            if (got.Status != TableStatus.NotFound && (got.OrThrow("metric facts").GetInt64("Version") ?? 0) >= version)
            {
                return;
            }

            var entity = new TableEntity(partition, row) { ["Version"] = version, ["Facts"] = change.Facts ?? string.Empty };
            var written = got.IsOk
                ? await tables.Metrics.UpdateAsync(entity, got.Value!.ETag!, cancellationToken).ConfigureAwait(false)
                : await tables.Metrics.AddAsync(entity, cancellationToken).ConfigureAwait(false);
            if (written.IsOk)
            {
                return;
            }

            if (written.Status is not (TableStatus.PreconditionFailed or TableStatus.Conflict) || attempt >= MaxAttempts)
            {
                throw TableResultExtensions.Unavailable(written, "metric facts");
            }
        }
    }

    private async Task MarkAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var mark = new TableEntity(MetricKeys.MarkPartition, MetricKeys.Day(day)) { ["Token"] = Guid.NewGuid().ToString("N") };
        (await tables.MetricsWriter.SubmitAsync(TableBatchOperation.Upsert(mark)).WaitAsync(cancellationToken).ConfigureAwait(false)).OrThrow("metric marks");
    }
}
