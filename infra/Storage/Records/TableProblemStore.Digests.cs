using ServiceDesk.Dialogs.Metrics.Digest;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// The weeks whose digest was sent, in partition <c>digest</c> (row = the week's date): one row a week, added only if
/// absent, so of two instances recording the same week one adds it and the other is told it exists.
/// </summary>
internal sealed partial class TableProblemStore : IDigestStore
{
    private const string DigestPartition = "digest";

    public async Task<bool> IsSentAsync(string week, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(week);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await store.Table.GetAsync(DigestPartition, TableKey.Encode(week), cancellationToken).ConfigureAwait(false);
        return row.Status != TableStatus.NotFound && row.OrThrow("digest read") is not null;
    }

    public async Task<bool> RecordSentAsync(string week, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(week);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(DigestPartition, TableKey.Encode(week)) { ["SentAt"] = TableValue.FromDateTime(at) };
        var added = await store.Table.AddAsync(row, cancellationToken).ConfigureAwait(false);
        if (added.Status == TableStatus.Conflict)
        {
            return false;
        }

        added.OrThrow("digest record");
        return true;
    }
}
