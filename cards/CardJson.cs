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

    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);

    public static byte[] SerializeToUtf8Bytes(AdaptiveCard card) => JsonSerializer.SerializeToUtf8Bytes(card, Options);

    /// <summary>The card as a JSON element, e.g. for an attachment's <c>content</c> in an activity serialized with other options.</summary>
    public static JsonElement ToElement(AdaptiveCard card) => JsonSerializer.SerializeToElement(card, Options);

    public static AdaptiveCard? Deserialize(string json) => JsonSerializer.Deserialize<AdaptiveCard>(json, Options);

    public static int Utf8Size(AdaptiveCard card) => SerializeToUtf8Bytes(card).Length;

    public static bool FitsBudget(AdaptiveCard card) => Utf8Size(card) <= BudgetBytes;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Cards written by hand or by another tool may put "type" anywhere in the object.
            AllowOutOfOrderMetadataProperties = true,
            // Accents and emoji stay as UTF-8 instead of \uXXXX: French cards are smaller and readable in logs at Debug.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            // Generated metadata first; reflection only for what a JsonNode of a card may hold besides the card model.
            TypeInfoResolver = JsonTypeInfoResolver.Combine(CardJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        options.MakeReadOnly();
        return options;
    }
}
