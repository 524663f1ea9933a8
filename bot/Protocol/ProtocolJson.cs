using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceDesk.Bot.Protocol;

/// <summary>The one set of JSON options for everything that crosses the Bot Framework wire.</summary>
public static class ProtocolJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };
}
