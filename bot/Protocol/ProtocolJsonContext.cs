using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ServiceDesk.Bot.Protocol.Connector;
using ServiceDesk.Bot.Teams;
using ServiceDesk.Cards;

namespace ServiceDesk.Bot.Protocol;

/// <summary>
/// What crosses the Bot Framework wire on a turn (the activity in, the replies and invoke answers out, the connector's
/// answers), its JSON metadata generated at build time: no reflection or emitted accessors before the first reply.
/// The options repeat <see cref="ProtocolJson.Options"/>'. A card rides in an attachment's <c>content</c> as an object,
/// so <see cref="AdaptiveCard"/> is listed too.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    MaxDepth = 64)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(InvokeResponseBody))]
[JsonSerializable(typeof(InvokeError))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ChannelAccount))]
[JsonSerializable(typeof(TeamDetails))]
[JsonSerializable(typeof(ConnectorClient.PagedMembersWire))]
[JsonSerializable(typeof(ConnectorClient.ConversationListWire))]
internal sealed partial class ProtocolJsonContext : JsonSerializerContext;
