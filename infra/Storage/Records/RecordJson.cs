using System.Diagnostics.CodeAnalysis;
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

    public static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>The metadata of <typeparamref name="T"/> from <see cref="Options"/> (generated for every record).</summary>
    public static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    public static void Write<T>(TableEntity entity, T value, string name = "Data") =>
        WriteText(entity, JsonSerializer.Serialize(value, Info<T>()), name);

    public static T Read<T>(TableEntity entity, string name = "Data") =>
        JsonSerializer.Deserialize(ReadText(entity, name), Info<T>())
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

    /// <summary>
    /// Generated metadata for every record. Where reflection-based JSON is on (every build but Native AOT, where the
    /// switch is off and this branch is compiled out), reflection too for a type not listed in the context, with enums
    /// as names as the context writes them.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Reflection-based JSON only where the switch turns it on; Native AOT turns it off and removes the branch.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Reflection-based JSON only where the switch turns it on; Native AOT turns it off and removes the branch.")]
    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = RecordJsonContext.Default,
        };
        if (JsonSerializer.IsReflectionEnabledByDefault)
        {
            options.Converters.Add(new JsonStringEnumConverter());
            options.TypeInfoResolver = JsonTypeInfoResolver.Combine(RecordJsonContext.Default, new DefaultJsonTypeInfoResolver());
        }
        return options;
    }
}
