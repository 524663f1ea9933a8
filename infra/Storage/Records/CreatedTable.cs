using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// The table of one store, created once, lazily, before its first use (stores call <see cref="EnsureCreatedAsync"/>
/// first), and its queries read to the last page. The table's own operations pass straight through.
/// </summary>
internal sealed class CreatedTable(ITable table)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile bool created;

    public ITable Table => table;

    public async ValueTask EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (created)
        {
            return;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!created)
            {
                (await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false)).OrThrow(table.Name);
                created = true;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Every entity of <paramref name="query"/>, page after page; <paramref name="what"/> names a failure.</summary>
    public async Task<List<TableEntity>> ReadAllAsync(TableQuery query, string what, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<TableEntity>();
        string? token = null;
        do
        {
            var page = (await table.QueryAsync(query with { ContinuationToken = token }, cancellationToken).ConfigureAwait(false)).OrThrow(what);
            rows.AddRange(page.Entities);
            token = page.ContinuationToken;
        }
        while (token is not null);
        return rows;
    }
}
