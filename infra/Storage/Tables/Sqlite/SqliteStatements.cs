namespace ServiceDesk.Infra.Storage.Tables.Sqlite;

/// <summary>The SQL of one table, built once. The name is validated (letters and digits), so quoting it is safe.</summary>
internal sealed class SqliteStatements(string table)
{
    public string Create { get; } =
        $"CREATE TABLE IF NOT EXISTS \"{table}\" (pk TEXT NOT NULL, rk TEXT NOT NULL, etag TEXT NOT NULL, ts INTEGER NOT NULL, props BLOB NOT NULL, PRIMARY KEY (pk, rk)) WITHOUT ROWID";

    public string Get { get; } = $"SELECT rk, etag, ts, props FROM \"{table}\" WHERE pk = @pk AND rk = @rk";

    public string GetETag { get; } = $"SELECT etag FROM \"{table}\" WHERE pk = @pk AND rk = @rk";

    public string Insert { get; } =
        $"INSERT INTO \"{table}\" (pk, rk, etag, ts, props) VALUES (@pk, @rk, @etag, @ts, @props) ON CONFLICT (pk, rk) DO NOTHING";

    public string Upsert { get; } =
        $"INSERT INTO \"{table}\" (pk, rk, etag, ts, props) VALUES (@pk, @rk, @etag, @ts, @props) " +
        "ON CONFLICT (pk, rk) DO UPDATE SET etag = excluded.etag, ts = excluded.ts, props = excluded.props";

    public string Update { get; } =
        $"UPDATE \"{table}\" SET etag = @etag, ts = @ts, props = @props WHERE pk = @pk AND rk = @rk AND (@if = '*' OR etag = @if)";

    public string Delete { get; } = $"DELETE FROM \"{table}\" WHERE pk = @pk AND rk = @rk AND (@if = '*' OR etag = @if)";

    /// <summary>A partition query; the bounds present choose one of a few texts, each cached as its own command.</summary>
    public string Query(bool from, bool to, bool after) =>
        $"SELECT rk, etag, ts, props FROM \"{table}\" WHERE pk = @pk" +
        (from ? " AND rk >= @from" : "") + (to ? " AND rk < @to" : "") + (after ? " AND rk > @after" : "") +
        " ORDER BY rk";
}
