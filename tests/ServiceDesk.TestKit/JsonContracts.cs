using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ServiceDesk.TestKit;

/// <summary>
/// Compares options whose metadata is generated at build time with the same options on reflection (what was used
/// before): the same JSON written, and what reflection wrote read back to the same value. Also the generated metadata
/// alone, without the reflection fallback, so a type missing from a context fails here rather than runs on reflection.
/// </summary>
public static class JsonContracts
{
    /// <summary>The reflection-based copy of <paramref name="options"/>: the contract as it was before generation.</summary>
    public static JsonSerializerOptions Reflection(JsonSerializerOptions options) =>
        new(options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    /// <summary>The copy of <paramref name="options"/> that knows only what <paramref name="generated"/> lists.</summary>
    public static JsonSerializerOptions GeneratedOnly(JsonSerializerOptions options, IJsonTypeInfoResolver generated) =>
        new(options) { TypeInfoResolver = generated };

    /// <summary>The JSON <paramref name="options"/> write for <paramref name="value"/>, after checking it against reflection's; returns it.</summary>
    public static string AssertSameAsReflection(Type type, object? value, JsonSerializerOptions options, IJsonTypeInfoResolver generated)
    {
        var before = JsonSerializer.Serialize(value, type, Reflection(options));
        var now = JsonSerializer.Serialize(value, type, options);
        var alone = JsonSerializer.Serialize(value, type, GeneratedOnly(options, generated));
        Equal(before, now, type, "written with the options");
        Equal(before, alone, type, "written with the generated metadata alone");

        // Stored data written before still reads, to the same value.
        var read = JsonSerializer.Deserialize(before, type, GeneratedOnly(options, generated));
        Equal(before, JsonSerializer.Serialize(read, type, Reflection(options)), type, "read back and written again");
        return now;
    }

    private static void Equal(string expected, string actual, Type type, string how)
    {
        if (expected != actual)
        {
            throw new InvalidOperationException($"{type.Name} {how} differs from reflection.\nreflection: {expected}\ngenerated:  {actual}");
        }
    }
}
