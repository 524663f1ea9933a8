using ServiceDesk.Infra.Storage.Records;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.LanguageModel.Embeddings;

/// <summary>
/// The articles' vectors in table <c>ArticleVectors</c>, so a start does not pay for them again: one partition per
/// embedding model, one row per article and language (row <c>{id}|{language}</c>) with the hash of the text it was made
/// from and the vector's floats.
/// </summary>
internal sealed class ArticleVectorStore(ITableService tables)
{
    private readonly CreatedTable table = new(tables.GetTable("ArticleVectors"));

    public async Task<Dictionary<string, StoredVector>> LoadAsync(string model, CancellationToken cancellationToken)
    {
        var rows = await table.ReadAllAsync(new TableQuery(TableKey.Encode(model)), "article vectors query", cancellationToken).ConfigureAwait(false);
        var found = new Dictionary<string, StoredVector>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (TableKey.Decode(row.RowKey) is { } key && row.GetString("Hash") is { } hash && row.GetBinary("Vector") is { Length: > 0 } bytes)
            {
                found[key] = new StoredVector(hash, Vectors.FromBytes(bytes));
            }
        }

        return found;
    }

    public async Task SaveAsync(string model, string key, StoredVector vector, CancellationToken cancellationToken)
    {
        await table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(TableKey.Encode(model), TableKey.Encode(key))
        {
            ["Hash"] = vector.Hash,
            ["Vector"] = TableValue.FromBinary(Vectors.ToBytes(vector.Vector)),
        };
        (await table.Table.UpsertAsync(row, cancellationToken).ConfigureAwait(false)).OrThrow("article vector save");
    }
}

/// <summary>A vector and the hash of the text it was made from.</summary>
internal sealed record StoredVector(string Hash, float[] Vector);
