using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceDesk.Dialogs.Tickets;

/// <summary>Serializes a ticket number as its readable text, the way people and the API see it.</summary>
public sealed class TicketNumberJsonConverter : JsonConverter<TicketNumber>
{
    public override TicketNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TicketNumber.TryParse(reader.GetString(), out var number) ? number : throw new JsonException("Not a ticket number.");

    public override void Write(Utf8JsonWriter writer, TicketNumber value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
