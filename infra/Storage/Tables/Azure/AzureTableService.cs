using global::Azure.Core;
using global::Azure.Core.Pipeline;

namespace ServiceDesk.Infra.Storage.Tables.Azure;

/// <summary>
/// Tables of an Azure Storage account (or Azurite, or Cosmos DB for Table) over the REST API, on Azure.Core's
/// pipeline: retries with exponential backoff on 408/429/5xx, timeouts and connection failures.
/// </summary>
internal sealed class AzureTableService : ITableService
{
    private readonly HttpPipeline pipeline;
    private readonly Uri endpoint;
    private readonly string prefix;

    private AzureTableService(Uri endpoint, HttpPipelinePolicy authorization, string? tablePrefix, TableRetrySettings? retry)
    {
        this.endpoint = endpoint;
        prefix = tablePrefix ?? "";
        var options = new TableClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = retry?.MaxRetries ?? 5;
        options.Retry.Delay = retry?.Delay ?? TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = retry?.MaxDelay ?? TimeSpan.FromSeconds(5);
        options.Retry.NetworkTimeout = retry?.NetworkTimeout ?? TimeSpan.FromSeconds(30);
        // Request bodies hold ticket text: never log them, whatever the diagnostics settings.
        options.Diagnostics.IsLoggingContentEnabled = false;
        pipeline = HttpPipelineBuilder.Build(options, [], [authorization], new ResponseClassifier());
    }

    /// <summary>Shared Key authorisation from a connection string.</summary>
    public static AzureTableService FromConnectionString(TableConnectionString connection, string? tablePrefix = null, TableRetrySettings? retry = null) =>
        new(connection.TableEndpoint, new SharedKeyPolicy(connection.AccountName, connection.AccountKey), tablePrefix, retry);

    /// <summary>
    /// Entra ID bearer tokens for an endpoint without a key. Storage accounts take the scope
    /// <c>https://storage.azure.com/.default</c>; Cosmos DB for Table takes <c>https://cosmos.azure.com/.default</c>
    /// (and needs a Cosmos data-plane role assignment), hence the scope setting.
    /// </summary>
    public static AzureTableService FromCredential(Uri endpoint, TokenCredential credential, string scope, string? tablePrefix = null, TableRetrySettings? retry = null) =>
        new(new Uri(endpoint.ToString().TrimEnd('/')), new BearerTokenAuthenticationPolicy(credential, scope), tablePrefix, retry);

    public ITable GetTable(string name)
    {
        var physical = prefix + name;
        OperationValidation.EnsureTableName(physical);
        return new AzureTable(pipeline, endpoint, physical);
    }

    private sealed class TableClientOptions : ClientOptions;
}
