using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace ServiceDesk.Infra.Storage.Tables;

/// <summary>
/// The SQLite backend's property bag, in Table Storage's OData JSON form: <c>"Name@odata.type":"Edm.Int64","Name":"123"</c>
/// annotations for the types JSON cannot tell apart, so types round-trip exactly.
/// </summary>
internal static class ODataJson
{
    private const string TypeSuffix = "@odata.type";
    private const int AnnotatedBuffer = TableValidation.MaxPropertyNameLength + 11; // 11: the length of TypeSuffix
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>A buffer larger than this is not kept for the thread's next write (a rare large entity).</summary>
    private const int MaxKeptBuffer = 256 * 1024;

    // One buffer and writer per thread, reused: a fresh 256-byte buffer grew by doubling through every write of a
    // record's JSON (a ticket's is a few KiB), about a tenth of what a turn allocated. Same writer options, same bytes.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? threadBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? threadWriter;

    public static byte[] Serialize(TableEntity entity, bool includeKeys)
    {
        var buffer = threadBuffer ??= new ArrayBufferWriter<byte>(4096);
        var writer = threadWriter ??= new Utf8JsonWriter(buffer);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        try
        {
            Write(writer, entity, includeKeys);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            // Left clean whatever happened (a throwing write leaves the writer mid-object): the next call resets it anyway.
            writer.Reset();
            if (buffer.Capacity > MaxKeptBuffer)
            {
                threadBuffer = null;
                threadWriter = null;
            }
        }
    }

    public static void Write(Utf8JsonWriter writer, TableEntity entity, bool includeKeys)
    {
        writer.WriteStartObject();
        if (includeKeys)
        {
            writer.WriteString("PartitionKey", entity.PartitionKey);
            writer.WriteString("RowKey", entity.RowKey);
        }

        foreach (var (name, value) in entity.Properties)
        {
            WriteProperty(writer, name, value);
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads the properties of <paramref name="json"/> (keys, Timestamp and odata.* excepted) into <paramref name="entity"/>.</summary>
    public static void ReadProperties(JsonElement json, TableEntity entity)
    {
        Span<char> buffer = stackalloc char[AnnotatedBuffer];
        foreach (var property in json.EnumerateObject())
        {
            var name = property.Name;
            if (name.Contains('@', StringComparison.Ordinal) || name.StartsWith("odata.", StringComparison.Ordinal) ||
                name is "PartitionKey" or "RowKey" or "Timestamp")
            {
                continue;
            }

            var type = json.TryGetProperty(Annotated(name, buffer), out var annotation) ? annotation.GetString() : null;
            entity.Properties[name] = ReadValue(property.Value, type);
        }
    }

    public static DateTimeOffset ParseDate(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static void WriteProperty(Utf8JsonWriter writer, string name, TableValue value)
    {
        switch (value.Value)
        {
            case string s:
                writer.WriteString(name, s);
                break;
            case bool b:
                writer.WriteBoolean(name, b);
                break;
            case int i:
                writer.WriteNumber(name, i);
                break;
            case long l:
                Annotate(writer, name, "Edm.Int64");
                writer.WriteString(name, l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                // Annotated so that a whole number (2.0) is not read back as Int32.
                Annotate(writer, name, "Edm.Double");
                writer.WriteNumber(name, d);
                break;
            case DateTimeOffset t:
                Annotate(writer, name, "Edm.DateTime");
                writer.WriteString(name, t.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture));
                break;
            case Guid g:
                Annotate(writer, name, "Edm.Guid");
                writer.WriteString(name, g.ToString("D"));
                break;
            case byte[] bytes:
                Annotate(writer, name, "Edm.Binary");
                writer.WriteBase64String(name, bytes);
                break;
        }
    }

    private static void Annotate(Utf8JsonWriter writer, string name, string type)
    {
        Span<char> buffer = stackalloc char[AnnotatedBuffer];
        writer.WriteString(Annotated(name, buffer), type);
    }

    /// <summary>
    /// <c>name@odata.type</c> in <paramref name="buffer"/> (on the stack), not a new string for every typed property of
    /// every entity written or read; a name longer than property names may be gets a string of its own.
    /// </summary>
    private static ReadOnlySpan<char> Annotated(string name, Span<char> buffer)
    {
        if (name.Length + TypeSuffix.Length > buffer.Length)
        {
            return name + TypeSuffix;
        }

        name.CopyTo(buffer);
        TypeSuffix.CopyTo(buffer[name.Length..]);
        return buffer[..(name.Length + TypeSuffix.Length)];
    }

    private static TableValue ReadValue(JsonElement value, string? type) => type switch
    {
        "Edm.Int64" => long.Parse(value.ToString(), CultureInfo.InvariantCulture),
        "Edm.Int32" => value.ValueKind == JsonValueKind.String ? int.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetInt32(),
        "Edm.Double" => value.ValueKind == JsonValueKind.String ? ParseDouble(value.GetString()!) : value.GetDouble(),
        "Edm.DateTime" => ParseDate(value.GetString()!),
        "Edm.Guid" => Guid.Parse(value.GetString()!),
        "Edm.Binary" => value.GetBytesFromBase64(),
        "Edm.Boolean" => value.GetBoolean(),
        "Edm.String" => value.GetString()!,
        _ => Infer(value),
    };

    private static TableValue Infer(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        // The number's own bytes, not GetRawText(): a string per number read only to look for a decimal point or exponent.
        JsonValueKind.Number when value.TryGetInt32(out var i) && !JsonMarshal.GetRawUtf8Value(value).ContainsAny((byte)'.', (byte)'e', (byte)'E') => i,
        JsonValueKind.Number => value.GetDouble(),
        _ => throw new FormatException($"Unsupported JSON value kind {value.ValueKind}."),
    };

    private static double ParseDouble(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" or "INF" => double.PositiveInfinity,
        "-Infinity" or "-INF" => double.NegativeInfinity,
        _ => double.Parse(text, CultureInfo.InvariantCulture),
    };
}
