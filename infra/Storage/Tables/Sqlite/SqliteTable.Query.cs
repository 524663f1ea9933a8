using System.Text;

namespace ServiceDesk.Infra.Storage.Tables.Sqlite;

internal sealed partial class SqliteTable
{
    /// <summary>Rows read per page at most, so a selective filter cannot make one call walk a huge partition.</summary>
    private const int MaxScannedPerPage = 5000;

    public Task<TableResult<TablePage>> QueryAsync(TableQuery query, CancellationToken cancellationToken = default)
    {
        if (OperationValidation.CheckQuery(query) is { } reason)
        {
            return Task.FromResult(TableResult<TablePage>.Fail(TableStatus.Invalid, reason));
        }

        string? after = null;
        if (query.ContinuationToken is { } token && (after = DecodeToken(token)) is null)
        {
            return Task.FromResult(TableResult<TablePage>.Fail(TableStatus.Invalid, "The continuation token is not one this table issued."));
        }

        var (from, to) = RowKeyRange.Of(query);
        return GuardRead(() => database.Read(session =>
        {
            var command = session.Command(sql.Query(from is not null, to is not null, after is not null));
            SqliteSession.Set(command, "@pk", query.PartitionKey);
            if (from is not null)
            {
                SqliteSession.Set(command, "@from", from);
            }

            if (to is not null)
            {
                SqliteSession.Set(command, "@to", to);
            }

            if (after is not null)
            {
                SqliteSession.Set(command, "@after", after);
            }

            var entities = new List<TableEntity>();
            string? next = null, lastScanned = null;
            var scanned = 0;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (entities.Count == query.Take || scanned == MaxScannedPerPage)
                {
                    // More rows remain: resume after the last row looked at.
                    next = EncodeToken(lastScanned!);
                    break;
                }

                scanned++;
                var entity = ReadEntity(query.PartitionKey, reader);
                lastScanned = entity.RowKey;
                if (FilterMatcher.Matches(entity, query.Filters))
                {
                    entities.Add(entity);
                }
            }

            return TableResult<TablePage>.Ok(new TablePage(entities, next));
        }));
    }

    private static string EncodeToken(string rowKey) => "r1." + Convert.ToBase64String(Encoding.UTF8.GetBytes(rowKey));

    private static string? DecodeToken(string token)
    {
        if (!token.StartsWith("r1.", StringComparison.Ordinal))
        {
            return null;
        }

        var bytes = new byte[token.Length];
        return Convert.TryFromBase64String(token[3..], bytes, out var length) ? Encoding.UTF8.GetString(bytes, 0, length) : null;
    }
}
