namespace ServiceDesk.Infra.Storage.Tables;

/// <summary>
/// One entity: addressed by partition key and row key, versioned by an opaque ETag the store changes on every write.
/// Build with an object initializer: <c>new TableEntity(pk, rk) { ["Title"] = "Printer", ["Count"] = 3 }</c>.
/// </summary>
public sealed class TableEntity(string partitionKey, string rowKey)
{
    /// <summary>The ETag value that matches any version (unconditional update or delete).</summary>
    public const string AnyETag = "*";

    public string PartitionKey { get; } = partitionKey ?? throw new ArgumentNullException(nameof(partitionKey));

    public string RowKey { get; } = rowKey ?? throw new ArgumentNullException(nameof(rowKey));

    /// <summary>The version read from the store; null for an entity built in memory.</summary>
    public string? ETag { get; init; }

    /// <summary>When the store last wrote the entity; null for an entity built in memory.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    public Dictionary<string, TableValue> Properties { get; } = new(StringComparer.Ordinal);

    public TableValue this[string name]
    {
        get => Properties[name];
        set => Properties[name] = value;
    }

    public string? GetString(string name) => Get<string>(name, EdmType.String);
    public bool? GetBoolean(string name) => GetStruct<bool>(name, EdmType.Boolean);
    public int? GetInt32(string name) => GetStruct<int>(name, EdmType.Int32);
    public long? GetInt64(string name) => GetStruct<long>(name, EdmType.Int64);
    public double? GetDouble(string name) => GetStruct<double>(name, EdmType.Double);
    public DateTimeOffset? GetDateTimeOffset(string name) => GetStruct<DateTimeOffset>(name, EdmType.DateTime);
    public Guid? GetGuid(string name) => GetStruct<Guid>(name, EdmType.Guid);
    public byte[]? GetBinary(string name) => Get<byte[]>(name, EdmType.Binary);

    /// <summary>A copy with the given version, as the stores return it.</summary>
    public TableEntity WithVersion(string? etag, DateTimeOffset? timestamp)
    {
        var copy = new TableEntity(PartitionKey, RowKey) { ETag = etag, Timestamp = timestamp };
        foreach (var (name, value) in Properties)
        {
            copy.Properties[name] = value;
        }

        return copy;
    }

    private T? Get<T>(string name, EdmType type) where T : class =>
        Properties.TryGetValue(name, out var value) && value.Type == type ? (T)value.Value : null;

    private T? GetStruct<T>(string name, EdmType type) where T : struct =>
        Properties.TryGetValue(name, out var value) && value.Type == type ? (T)value.Value : null;
}
