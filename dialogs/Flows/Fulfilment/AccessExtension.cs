using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.Fulfilment;

/// <summary>
/// "Ask to extend" on a temporary access's end notice: the request-access button with the request it extends in its
/// data. The data is untrusted: the flow reloads that request and takes it only if it is the clicker's own.
/// </summary>
internal static class AccessExtension
{
    public const string Field = "extends";

    public static JsonObject Data(TicketNumber number) => new() { [Field] = number.ToString() };

    /// <summary>The request named by a click's data, or null (a plain "request access" click, or data that is not a number).</summary>
    public static TicketNumber? Of(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(Field, out var value) && value.ValueKind == JsonValueKind.String
            && TicketNumber.TryParse(value.GetString(), out var number) && number.Kind == TicketKind.Request
            ? number
            : null;
}
