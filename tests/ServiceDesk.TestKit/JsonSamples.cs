using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ServiceDesk.TestKit;

/// <summary>
/// A value of any serialized type with every member set (no nulls, no defaults: enums at their last value, lists of
/// two, each polymorphic case), so a JSON contract compared with another shows every property. <paramref name="special"/>
/// builds the types that validate their input (a ticket number); depth is bounded for recursive types.
/// </summary>
public sealed class JsonSamples(Func<Type, object?>? special = null, int maxDepth = 4)
{
    public static readonly DateTimeOffset At = new(2026, 12, 7, 4, 5, 6, 789, TimeSpan.FromHours(1));

    private const string Json = """{"a":[1,"x é ✓",null,2.5],"b":{"c":true,"<d>":"'&"}}""";

    public T Of<T>() => (T)Of(typeof(T), 0, "value")!;

    public object? Of(Type type, int depth, string name)
    {
        if (special?.Invoke(type) is { } made)
        {
            return made;
        }

        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Of(inner, depth, name);
        }

        return Scalar(type, name) ?? (depth > maxDepth ? Empty(type) : Composite(type, depth, name));
    }

    /// <summary>Past the depth: an empty list where a list is expected (constructors refuse a null one), else null.</summary>
    private static object? Empty(Type type) =>
        type.IsArray ? Array.CreateInstance(type.GetElementType()!, 0)
        : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) && type.GetGenericArguments() is [var element]
          && type.IsAssignableFrom(typeof(List<>).MakeGenericType(element)) ? Activator.CreateInstance(typeof(List<>).MakeGenericType(element))
        : null;

    private static object? Scalar(Type type, string name) => type switch
    {
        _ when type == typeof(string) => $"{name} é ✓ <b>&'\"",
        _ when type == typeof(bool) => true,
        _ when type == typeof(int) => 7,
        _ when type == typeof(long) => 1_234_567_890_123L,
        _ when type == typeof(short) => (short)5,
        _ when type == typeof(byte) => (byte)3,
        _ when type == typeof(double) => 1.25,
        _ when type == typeof(float) => 2.5f,
        _ when type == typeof(decimal) => 3.75m,
        _ when type == typeof(DateTimeOffset) => At,
        _ when type == typeof(DateTime) => At.UtcDateTime,
        _ when type == typeof(DateOnly) => DateOnly.FromDateTime(At.Date),
        _ when type == typeof(TimeOnly) => new TimeOnly(13, 14, 15),
        _ when type == typeof(TimeSpan) => TimeSpan.FromMinutes(95),
        _ when type == typeof(Guid) => Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e", CultureInfo.InvariantCulture),
        _ when type == typeof(Uri) => new Uri("https://example.org/a?b=c"),
        _ when type.IsEnum => Enum.GetValues(type).Cast<object>().Last(),
        _ when type == typeof(JsonElement) => JsonDocument.Parse(Json).RootElement.Clone(),
        _ when type == typeof(JsonObject) || type == typeof(JsonNode) => JsonNode.Parse(Json),
        _ when type == typeof(object) => "an object",
        _ => null,
    };

    private object? Composite(Type type, int depth, string name)
    {
        if (type.IsArray)
        {
            var items = Items(type.GetElementType()!, depth, name);
            var array = Array.CreateInstance(type.GetElementType()!, items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                array.SetValue(items[i], i);
            }

            return array;
        }

        if (type.IsGenericType && Dictionary(type) is { } dictionary)
        {
            return dictionary;
        }

        if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) && type.GetGenericArguments() is [var element])
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            foreach (var item in Items(element, depth, name))
            {
                list.Add(item);
            }

            return type.IsInterface || type.IsAssignableFrom(list.GetType()) ? list
                : Activator.CreateInstance(type, list);
        }

        if (type.IsAbstract)
        {
            return Derived(type).FirstOrDefault() is { } first ? Build(first, depth, name) : null;
        }

        return Build(type, depth, name);
    }

    private object? Dictionary(Type type)
    {
        var definition = type.GetGenericTypeDefinition();
        if (definition != typeof(Dictionary<,>) && definition != typeof(IDictionary<,>) && definition != typeof(IReadOnlyDictionary<,>))
        {
            return null;
        }

        var (key, value) = (type.GetGenericArguments()[0], type.GetGenericArguments()[1]);
        var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(key, value))!;
        dictionary[Of(key, 0, "key")!] = Of(value, maxDepth, "entry");
        return dictionary;
    }

    /// <summary>Two items; for a polymorphic element type, one of each derived type.</summary>
    private List<object?> Items(Type element, int depth, string name)
    {
        var derived = Derived(element);
        return derived.Count > 0
            ? [.. derived.Select(d => Build(d, depth + 1, name))]
            : [Of(element, depth + 1, name + "1"), Of(element, depth + 1, name + "2")];
    }

    private static List<Type> Derived(Type type) =>
        [.. type.GetCustomAttributes<JsonDerivedTypeAttribute>(inherit: false).Select(a => a.DerivedType)];

    private object? Build(Type type, int depth, string name)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        var value = constructor is null
            ? Activator.CreateInstance(type)!
            : constructor.Invoke([.. constructor.GetParameters().Select(p => Of(p.ParameterType, depth + 1, p.Name!))]);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0
                && property.GetCustomAttribute<JsonIgnoreAttribute>() is null
                && IsDefault(property.GetValue(value)))
            {
                property.SetValue(value, Of(property.PropertyType, depth + 1, property.Name));
            }
        }

        return value;
    }

    private static bool IsDefault(object? value) =>
        value is null || (value.GetType().IsValueType && value.Equals(Activator.CreateInstance(value.GetType())))
        || value is ICollection { Count: 0 };
}
