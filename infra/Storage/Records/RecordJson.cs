using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Records are stored as JSON in string properties. A string property holds at most 64 KiB (32 K UTF-16 characters),
/// so long JSON (a card payload, a dialog state) is split over <c>Data</c>, <c>Data1</c>, <c>Data2</c>, … .
/// </summary>
internal static class RecordJson
{
    private const int ChunkChars = 30_000;

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Generated metadata for every record; reflection only for a type not listed in the context.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(RecordJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    public static void Write<T>(TableEntity entity, T value, string name = "Data") =>
        WriteText(entity, JsonSerializer.Serialize(value, Options), name);

    public static T Read<T>(TableEntity entity, string name = "Data") =>
        JsonSerializer.Deserialize<T>(ReadText(entity, name), Options)
        ?? throw new InvalidDataException($"Entity {entity.PartitionKey}/{entity.RowKey} holds no {typeof(T).Name}.");

    public static void WriteText(TableEntity entity, string text, string name)
    {
        entity[name] = text.Length <= ChunkChars ? text : text[..ChunkChars];
        for (int i = 1, start = ChunkChars; start < text.Length; i++, start += ChunkChars)
        {
            entity[name + i] = text.Substring(start, Math.Min(ChunkChars, text.Length - start));
        }
    }

    public static string ReadText(TableEntity entity, string name)
    {
        var first = entity.GetString(name) ?? string.Empty;
        if (!entity.Properties.ContainsKey(name + "1"))
        {
            return first;
        }

        var parts = new List<string> { first };
        for (var i = 1; entity.GetString(name + i) is { } part; i++)
        {
            parts.Add(part);
        }

        return string.Concat(parts);
    }
}
