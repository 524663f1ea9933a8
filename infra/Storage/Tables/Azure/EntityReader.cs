using System.Text.Json;

namespace ServiceDesk.Infra.Storage.Tables.Azure;

/// <summary>Reads an entity of a Table service response (keys, odata.etag, Timestamp and typed properties).</summary>
internal static class EntityReader
{
    public static TableEntity Read(JsonElement json, string? partitionKey = null, string? rowKey = null, string? etag = null)
    {
        var entity = new TableEntity(
            partitionKey ?? json.GetProperty("PartitionKey").GetString()!,
            rowKey ?? json.GetProperty("RowKey").GetString()!)
        {
            ETag = json.TryGetProperty("odata.etag", out var e) ? e.GetString() : etag,
            Timestamp = json.TryGetProperty("Timestamp", out var t) && t.GetString() is { } ts ? ODataJson.ParseDate(ts) : null,
        };
        ODataJson.ReadProperties(json, entity);
        return entity;
    }
}
