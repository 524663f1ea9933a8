using global::Azure;
using SdkEntity = global::Azure.Data.Tables.TableEntity;

namespace ServiceDesk.Infra.Storage.Tables.Azure;

/// <summary>
/// Our entities to and from the client's <see cref="SdkEntity"/>. The client annotates Int64, Double, DateTime, Guid
/// and Binary values with their EDM type when it writes and reads the annotations back, so every type round-trips.
/// </summary>
internal static class AzureEntities
{
    private const string ETagProperty = "odata.etag";

    public static SdkEntity ToSdk(TableEntity entity)
    {
        var sdk = new SdkEntity(entity.PartitionKey, entity.RowKey);
        foreach (var (name, value) in entity.Properties)
        {
            sdk[name] = value.Value;
        }

        return sdk;
    }

    public static TableEntity FromSdk(SdkEntity sdk)
    {
        var entity = new TableEntity(sdk.PartitionKey, sdk.RowKey)
        {
            ETag = sdk.ETag == default ? null : sdk.ETag.ToString(),
            Timestamp = sdk.Timestamp,
        };
        foreach (var (name, value) in sdk)
        {
            if (value is not null && name is not ("PartitionKey" or "RowKey" or "Timestamp" or ETagProperty))
            {
                entity.Properties[name] = ValueOf(name, value);
            }
        }

        return entity;
    }

    /// <summary>Our "*" is the client's <see cref="ETag.All"/>; any other value is the opaque ETag as read.</summary>
    public static ETag ETagOf(string ifMatch) => ifMatch == TableEntity.AnyETag ? ETag.All : new ETag(ifMatch);

    private static TableValue ValueOf(string name, object value) => value switch
    {
        string s => s,
        bool b => b,
        int i => i,
        long l => l,
        double d => d,
        DateTimeOffset t => t,
        DateTime t => new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)),
        Guid g => g,
        byte[] bytes => bytes,
        BinaryData data => data.ToArray(),
        _ => throw new FormatException($"Property '{name}' has a type the table contract does not know ({value.GetType().Name})."),
    };
}
