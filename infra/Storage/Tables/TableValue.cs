namespace ServiceDesk.Infra.Storage.Tables;

/// <summary>
/// A typed property value. Implicit conversions from the supported CLR types keep entity building short:
/// <c>entity["Count"] = 3L;</c>. DateTimeOffset values are kept as UTC instants with 100 ns precision.
/// </summary>
public sealed class TableValue : IEquatable<TableValue>
{
    private TableValue(EdmType type, object value)
    {
        Type = type;
        Value = value;
    }

    public EdmType Type { get; }

    /// <summary>string, bool, int, long, double, DateTimeOffset (UTC), Guid or byte[] according to <see cref="Type"/>.</summary>
    public object Value { get; }

    public static TableValue FromString(string value) => new(EdmType.String, value ?? throw new ArgumentNullException(nameof(value)));
    public static TableValue FromBoolean(bool value) => new(EdmType.Boolean, value);
    public static TableValue FromInt32(int value) => new(EdmType.Int32, value);
    public static TableValue FromInt64(long value) => new(EdmType.Int64, value);
    public static TableValue FromDouble(double value) => new(EdmType.Double, value);
    public static TableValue FromDateTime(DateTimeOffset value) => new(EdmType.DateTime, value.ToUniversalTime());
    public static TableValue FromGuid(Guid value) => new(EdmType.Guid, value);
    public static TableValue FromBinary(byte[] value) => new(EdmType.Binary, value ?? throw new ArgumentNullException(nameof(value)));

    public static implicit operator TableValue(string value) => FromString(value);
    public static implicit operator TableValue(bool value) => FromBoolean(value);
    public static implicit operator TableValue(int value) => FromInt32(value);
    public static implicit operator TableValue(long value) => FromInt64(value);
    public static implicit operator TableValue(double value) => FromDouble(value);
    public static implicit operator TableValue(DateTimeOffset value) => FromDateTime(value);
    public static implicit operator TableValue(Guid value) => FromGuid(value);
    public static implicit operator TableValue(byte[] value) => FromBinary(value);

    public bool Equals(TableValue? other) =>
        other is not null && other.Type == Type &&
        (Value is byte[] bytes ? bytes.AsSpan().SequenceEqual((byte[])other.Value) : Value.Equals(other.Value));

    public override bool Equals(object? obj) => Equals(obj as TableValue);

    public override int GetHashCode() =>
        HashCode.Combine(Type, Value is byte[] bytes ? bytes.Length : Value.GetHashCode());

    public override string ToString() => $"{Type}:{Value}";
}
