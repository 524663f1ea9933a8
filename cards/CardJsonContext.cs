using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceDesk.Cards;

/// <summary>
/// The card model's JSON metadata, generated at build time: no reflection, no emitted accessors, nothing for the JIT to
/// compile before the first card. The options repeat <see cref="CardJson.Options"/>' (the encoder is set there).
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(AdaptiveCard))]
public sealed partial class CardJsonContext : JsonSerializerContext;
