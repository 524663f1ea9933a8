using System.Globalization;
using System.Text.Json;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.Approval;

/// <summary>
/// What an approval button sent, read from untrusted card data: a request number (REQ-), the version the card
/// showed and the comment box. <see cref="IsValid"/> is false for a missing or wrongly typed number or version, or a
/// comment that is not text; other fields (Teams adds some) are ignored.
/// </summary>
internal sealed record ApprovalCardData(TicketNumber Number, long Version, string? Comment, bool IsValid)
{
    private static readonly ApprovalCardData Invalid = new(default, 0, null, false);

    public static ApprovalCardData Read(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return Invalid;
        }

        var number = data.TryGetProperty(ApprovalVerbs.TicketField, out var n) && n.ValueKind == JsonValueKind.String
            && TicketNumber.TryParse(n.GetString(), out var parsed) && parsed.Kind == TicketKind.Request
            ? parsed
            : (TicketNumber?)null;
        var version = data.TryGetProperty(ApprovalVerbs.VersionField, out var v) ? PositiveNumber(v) : null;
        string? comment = null;
        if (data.TryGetProperty(AccessApprovalCard.CommentInputId, out var c))
        {
            if (c.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                return Invalid;
            }

            comment = c.ValueKind == JsonValueKind.String ? c.GetString()?.Trim() : null;
        }

        return number is { } ticket && version is { } shown
            ? new ApprovalCardData(ticket, shown, string.IsNullOrEmpty(comment) ? null : comment, true)
            : Invalid;
    }

    private static long? PositiveNumber(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var n) && n > 0 => n,
        JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 => n,
        _ => null,
    };
}
