using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ServiceDesk.Bot.Protocol;

/// <summary>The one set of JSON options for everything that crosses the Bot Framework wire.</summary>
public static class ProtocolJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>The metadata of <typeparamref name="T"/> under <see cref="Options"/> (generated for what crosses the wire).</summary>
    public static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    /// <summary>
    /// Generated metadata for what a turn sends and receives. Where reflection-based JSON is on (every build but
    /// Native AOT, where the switch is off and this branch is compiled out), reflection too for a type not listed there.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Reflection-based JSON only where the switch turns it on; Native AOT turns it off and removes the branch.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Reflection-based JSON only where the switch turns it on; Native AOT turns it off and removes the branch.")]
    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            MaxDepth = 64,
            TypeInfoResolver = ProtocolJsonContext.Default,
        };
        if (JsonSerializer.IsReflectionEnabledByDefault)
        {
            options.TypeInfoResolver = JsonTypeInfoResolver.Combine(ProtocolJsonContext.Default, new DefaultJsonTypeInfoResolver());
        }
        return options;
    }
}
