using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ServiceDesk.Cards;

/// <summary>The one way cards become JSON (and back): camelCase, nulls omitted, <c>type</c> discriminators.</summary>
public static class CardJson
{
    /// <summary>Teams refuses messages over about 100 KB; we keep cards under 80 KB to leave room for the activity around them.</summary>
    public const int BudgetBytes = 80 * 1024;

    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, CardInfo);

    public static byte[] SerializeToUtf8Bytes(AdaptiveCard card) => JsonSerializer.SerializeToUtf8Bytes(card, CardInfo);

    /// <summary>The card as a JSON element, e.g. for an attachment's <c>content</c> in an activity serialized with other options.</summary>
    public static JsonElement ToElement(AdaptiveCard card) => JsonSerializer.SerializeToElement(card, CardInfo);

    public static AdaptiveCard? Deserialize(string json) => JsonSerializer.Deserialize(json, CardInfo);

    /// <summary>The card model's metadata under <see cref="Options"/> (generated, with the encoder set there).</summary>
    private static JsonTypeInfo<AdaptiveCard> CardInfo => (JsonTypeInfo<AdaptiveCard>)Options.GetTypeInfo(typeof(AdaptiveCard));

    public static int Utf8Size(AdaptiveCard card) => SerializeToUtf8Bytes(card).Length;

    public static bool FitsBudget(AdaptiveCard card) => Utf8Size(card) <= BudgetBytes;

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Reflection-based JSON only where the switch turns it on; Native AOT turns it off and removes the branch.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Reflection-based JSON only where the switch turns it on; Native AOT turns it off and removes the branch.")]
    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Cards written by hand or by another tool may put "type" anywhere in the object.
            AllowOutOfOrderMetadataProperties = true,
            // Accents and emoji stay as UTF-8 instead of \uXXXX: French cards are smaller and readable in logs at Debug.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = CardJsonContext.Default,
        };
        // Generated metadata first; where reflection-based JSON is on (every build but Native AOT, where the switch is
        // off and this branch is compiled out), reflection too for what a JsonNode of a card may hold besides the card
        // model (a JsonValue made from a string, a number or a boolean carries its own converter).
        if (JsonSerializer.IsReflectionEnabledByDefault)
        {
            options.TypeInfoResolver = JsonTypeInfoResolver.Combine(CardJsonContext.Default, new DefaultJsonTypeInfoResolver());
        }
        options.MakeReadOnly();
        return options;
    }
}
