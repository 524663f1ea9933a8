using System.Collections;
using System.Reflection;

namespace ServiceDesk.Deploy.Tests.Support;

/// <summary>
/// The configuration keys the bot binds, read from its options classes (every class with a <c>SectionName</c>
/// constant in the bot's assemblies): <c>Bot:AppId</c>, <c>Api:Keys:*</c>, <c>Storage:Records:NumberBlockSize</c>…
/// </summary>
internal static class BotSettingKeys
{
    private static readonly string[] Assemblies = ["ServiceDesk.Bot", "ServiceDesk.Infra", "ServiceDesk.Dialogs"];

    public static IReadOnlyList<string> All { get; } = Read();

    /// <summary>True when <paramref name="key"/> (<c>Section:Key</c>, any case, list indexes as numbers) is bound by the bot.</summary>
    public static bool Knows(string key)
    {
        var segments = key.Split(':');
        return All.Any(pattern => Matches(pattern.Split(':'), segments));
    }

    private static bool Matches(string[] pattern, string[] segments) =>
        pattern.Length == segments.Length &&
        pattern.Zip(segments).All(p => p.First == "*" || string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase));

    private static List<string> Read()
    {
        var keys = new List<string>();
        foreach (var type in Assemblies.Select(Assembly.Load).SelectMany(a => a.GetTypes()))
        {
            var section = type.GetField("SectionName", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
            if (section is { IsLiteral: true } && section.GetRawConstantValue() is string name)
            {
                Walk(type, name, keys, depth: 0);
            }
        }

        return keys;
    }

    private static void Walk(Type type, string prefix, List<string> keys, int depth)
    {
        if (IsLeaf(type))
        {
            keys.Add(prefix);
            return;
        }

        if (depth > 8)
        {
            return;
        }

        if (ElementType(type) is { } element)
        {
            Walk(element, prefix + ":*", keys, depth + 1);
            return;
        }

        // The configuration binder sets public properties with a setter, and fills get-only collections and objects.
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var bindable = property.SetMethod is { IsPublic: true } ||
                (!IsLeaf(property.PropertyType) && property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0);
            if (bindable && property.GetIndexParameters().Length == 0)
            {
                Walk(property.PropertyType, $"{prefix}:{property.Name}", keys, depth + 1);
            }
        }
    }

    private static bool IsLeaf(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(Uri) ||
               t == typeof(TimeSpan) || t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(DateOnly) ||
               t == typeof(TimeOnly) || t == typeof(Guid);
    }

    /// <summary>Lists and arrays bind <c>Key:0</c>, <c>Key:1</c>…; dictionaries bind <c>Key:name</c>.</summary>
    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (!typeof(IEnumerable).IsAssignableFrom(type) || !type.IsGenericType)
        {
            return null;
        }

        var arguments = type.GetGenericArguments();
        return arguments.Length switch
        {
            1 => arguments[0],
            2 => arguments[1],
            _ => null,
        };
    }
}
