using System.Text;
using SdkEntity = global::Azure.Data.Tables.TableEntity;

namespace ServiceDesk.Infra.Storage.Tables.Azure;

internal sealed partial class AzureTable
{
    private const string TokenPrefix = "a2.";

    /// <summary>One page: the client's first page from the given continuation, its next token wrapped in ours.</summary>
    public Task<TableResult<TablePage>> QueryAsync(TableQuery query, CancellationToken cancellationToken = default)
    {
        if (OperationValidation.CheckQuery(query) is { } reason)
        {
            return Task.FromResult(TableResult<TablePage>.Fail(TableStatus.Invalid, reason));
        }

        string? continuation = null;
        if (query.ContinuationToken is { } token && (continuation = DecodeToken(token)) is null)
        {
            return Task.FromResult(TableResult<TablePage>.Fail(TableStatus.Invalid, "The continuation token is not one this table issued."));
        }

        var filter = AzureFilter.Build(query);
        return AzureFailures.RunAsync(async () =>
        {
            var pages = client.QueryAsync<SdkEntity>(filter, query.Take, cancellationToken: cancellationToken).AsPages(continuation, query.Take);
            await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var entities = page.Values.Select(AzureEntities.FromSdk).ToList();
                return TableResult<TablePage>.Ok(new TablePage(entities, page.ContinuationToken is { Length: > 0 } next ? EncodeToken(next) : null));
            }

            return TableResult<TablePage>.Ok(new TablePage([], null));
        }, cancellationToken);
    }

    /// <summary>The client's continuation (the service's next partition and row keys) as one opaque string of ours.</summary>
    private static string EncodeToken(string continuation) => TokenPrefix + Convert.ToBase64String(Encoding.UTF8.GetBytes(continuation));

    private static string? DecodeToken(string token)
    {
        var bytes = new byte[token.Length];
        return token.StartsWith(TokenPrefix, StringComparison.Ordinal) && Convert.TryFromBase64String(token[TokenPrefix.Length..], bytes, out var length) && length > 0
            ? Encoding.UTF8.GetString(bytes, 0, length)
            : null;
    }
}
