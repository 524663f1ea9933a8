using global::Azure.Core;
using global::Azure.Data.Tables;

namespace ServiceDesk.Infra.Storage.Tables.Azure;

/// <summary>
/// Tables of an Azure Storage account (or Azurite, or Cosmos DB for Table) through the official client. Its pipeline
/// retries 408/429/5xx and connection failures with exponential backoff, a bounded number of times; 409 and 412 are
/// never retried, so a lost optimistic-concurrency race comes back at once as a typed outcome.
/// </summary>
internal sealed class AzureTableService : ITableService
{
    private readonly TableServiceClient client;
    private readonly string prefix;

    private AzureTableService(TableServiceClient client, string? tablePrefix)
    {
        this.client = client;
        prefix = tablePrefix ?? "";
    }

    /// <summary>
    /// A connection string as the client reads it: account key, shared access signature, <c>UseDevelopmentStorage=true</c>
    /// (Azurite) or a Cosmos DB for Table account's string.
    /// </summary>
    public static AzureTableService FromConnectionString(string connectionString, string? tablePrefix = null, TableRetrySettings? retry = null) =>
        new(new TableServiceClient(connectionString, Options(retry, audience: null)), tablePrefix);

    /// <summary>
    /// Entra ID tokens for an endpoint without a key. Without an audience the client picks the scope from the
    /// endpoint (storage.azure.com for Storage, cosmos.azure.com for Cosmos DB for Table endpoints); a configured one
    /// (a sovereign cloud, say) is used as given.
    /// </summary>
    public static AzureTableService FromCredential(Uri endpoint, TokenCredential credential, string? audience, string? tablePrefix = null, TableRetrySettings? retry = null) =>
        new(new TableServiceClient(endpoint, credential, Options(retry, audience)), tablePrefix);

    /// <summary>Null when the client can use <paramref name="connectionString"/>, else why not.</summary>
    public static string? CheckConnectionString(string connectionString)
    {
        try
        {
            _ = new TableServiceClient(connectionString);
            return null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or UriFormatException)
        {
            return e.Message;
        }
    }

    public ITable GetTable(string name)
    {
        var physical = prefix + name;
        OperationValidation.EnsureTableName(physical);
        return new AzureTable(client.GetTableClient(physical));
    }

    private static TableClientOptions Options(TableRetrySettings? retry, string? audience)
    {
        var options = new TableClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = retry?.MaxRetries ?? 5;
        options.Retry.Delay = retry?.Delay ?? TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = retry?.MaxDelay ?? TimeSpan.FromSeconds(5);
        options.Retry.NetworkTimeout = retry?.NetworkTimeout ?? TimeSpan.FromSeconds(30);
        // Request bodies hold ticket text: never log them, whatever the diagnostics settings.
        options.Diagnostics.IsLoggingContentEnabled = false;
        if (retry?.Transport is { } transport)
        {
            options.Transport = transport;
        }

        if (!string.IsNullOrWhiteSpace(audience))
        {
            options.Audience = new TableAudience(audience);
        }

        return options;
    }
}
