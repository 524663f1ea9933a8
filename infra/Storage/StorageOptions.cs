namespace ServiceDesk.Infra.Storage;

public enum StorageProvider
{
    Sqlite,
    AzureTables,
}

public enum StorageCredentialKind
{
    ManagedIdentity,
    ClientSecret,
}

/// <summary>Where the service desk keeps its tables (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>SQLite: the folder of the database file, relative to the content root unless absolute.</summary>
    public string DataFolder { get; set; } = ".data";

    /// <summary>
    /// AzureTables: a Storage or Cosmos DB for Table connection string (account key or shared access signature), or
    /// UseDevelopmentStorage=true for Azurite.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>AzureTables without a key: the table endpoint, authorised with Entra ID tokens.</summary>
    public Uri? Endpoint { get; set; }

    public StorageCredentialKind Credential { get; set; } = StorageCredentialKind.ManagedIdentity;

    public string? TenantId { get; set; }

    /// <summary>ClientSecret: the app's client id; ManagedIdentity: a user-assigned identity's client id (optional).</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>
    /// Optional Entra ID audience or scope for <see cref="Endpoint"/> (a sovereign cloud, say). Unset, the client
    /// picks it from the endpoint: https://storage.azure.com for Storage, https://cosmos.azure.com for Cosmos DB for Table.
    /// </summary>
    public string? Scope { get; set; }

    /// <summary>Prepended to every table name (letters and digits), so several deployments can share an account.</summary>
    public string? TablePrefix { get; set; }
}
