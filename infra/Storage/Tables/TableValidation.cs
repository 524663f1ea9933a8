using System.Buffers;

namespace ServiceDesk.Infra.Storage.Tables;

/// <summary>
/// The checks both backends make before any request, with the limits Table Storage enforces, so that a bad key or an
/// oversized value fails the same way (and with a clear reason) on SQLite as on Azure.
/// </summary>
internal static class TableValidation
{
    public const int MaxKeyLength = 1024;
    public const int MaxStringLength = 32 * 1024;
    public const int MaxBinaryLength = 64 * 1024;
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxProperties = 252;
    public const int MaxPropertyNameLength = 255;
    public const int MaxBatchOperations = 100;

    // Searched with SearchValues, not an array literal or LINQ over the string: every key and property name of every
    // write is checked, and those forms allocated an array or an enumerator each time.
    private static readonly SearchValues<char> ForbiddenInKeys = SearchValues.Create("/\\#?");

    private static readonly SearchValues<char> NameCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");

    private static readonly DateTimeOffset MinDate = new(1601, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Null when the key is acceptable, else why not.</summary>
    public static string? CheckKey(string? key, string which)
    {
        if (key is null)
        {
            return $"{which} is required.";
        }

        if (key.Length > MaxKeyLength)
        {
            return $"{which} is longer than {MaxKeyLength} characters.";
        }

        var bad = key.AsSpan().IndexOfAny(ForbiddenInKeys);
        if (bad >= 0 || (bad = FirstControl(key)) >= 0)
        {
            return $"{which} contains a character Table Storage forbids (U+{(int)key[bad]:X4} at {bad}); use TableKey.Encode for arbitrary text.";
        }

        return null;
    }

    public static string? CheckPropertyName(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxPropertyNameLength)
        {
            return $"Property name must be 1 to {MaxPropertyNameLength} characters.";
        }

        if (!(char.IsAsciiLetter(name[0]) || name[0] == '_') || name.AsSpan().ContainsAnyExcept(NameCharacters))
        {
            return $"Property name '{name}' must start with a letter or '_' and hold only ASCII letters, digits and '_'.";
        }

        return name is "PartitionKey" or "RowKey" or "Timestamp" or "ETag"
            ? $"Property name '{name}' is reserved."
            : null;
    }

    /// <summary>The status and reason of the first problem of the entity, or null when it can be stored.</summary>
    public static (TableStatus Status, string Reason)? CheckEntity(TableEntity entity)
    {
        if ((CheckKey(entity.PartitionKey, "PartitionKey") ?? CheckKey(entity.RowKey, "RowKey")) is { } keyReason)
        {
            return (TableStatus.Invalid, keyReason);
        }

        if (entity.Properties.Count > MaxProperties)
        {
            return (TableStatus.TooLarge, $"The entity has {entity.Properties.Count} properties; at most {MaxProperties} are allowed.");
        }

        long size = 4 + (2L * (entity.PartitionKey.Length + entity.RowKey.Length));
        foreach (var (name, value) in entity.Properties)
        {
            if (CheckPropertyName(name) is { } nameReason)
            {
                return (TableStatus.Invalid, nameReason);
            }

            if (CheckValue(name, value) is { } valueProblem)
            {
                return valueProblem;
            }

            size += 8 + (2L * name.Length) + ValueSize(value);
        }

        return size > MaxEntityBytes
            ? (TableStatus.TooLarge, $"The entity is about {size} bytes as Table Storage counts; at most {MaxEntityBytes} are allowed.")
            : null;
    }

    public static (TableStatus Status, string Reason)? CheckValue(string name, TableValue value) => value.Value switch
    {
        string s when s.Length > MaxStringLength =>
            (TableStatus.TooLarge, $"Property '{name}' holds {s.Length} characters; at most {MaxStringLength} are allowed."),
        byte[] b when b.Length > MaxBinaryLength =>
            (TableStatus.TooLarge, $"Property '{name}' holds {b.Length} bytes; at most {MaxBinaryLength} are allowed."),
        double d when !double.IsFinite(d) =>
            (TableStatus.Invalid, $"Property '{name}' is not a finite number."),
        DateTimeOffset t when t < MinDate =>
            (TableStatus.Invalid, $"Property '{name}' is before 1601-01-01, the earliest date Table Storage keeps."),
        _ => null,
    };

    private static long ValueSize(TableValue value) => value.Value switch
    {
        string s => 4 + (2L * s.Length),
        byte[] b => 4 + b.Length,
        bool => 1,
        int => 4,
        Guid => 16,
        _ => 8,
    };

    private static int FirstControl(string key)
    {
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] <= '\u001F' || key[i] is >= '\u007F' and <= '\u009F')
            {
                return i;
            }
        }

        return -1;
    }
}
