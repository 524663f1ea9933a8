using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServiceDesk.Dialogs.Flows.Fulfilment.Reviews;

/// <summary>The review card's verbs and its data: the entry, the review's cycle, the page shown, and the holder's request.</summary>
internal static class AccessReviewVerbs
{
    public const string Keep = "accessReview.keep";
    public const string Remove = "accessReview.remove";
    public const string KeepAll = "accessReview.keepAll";
    public const string Page = "accessReview.page";

    public static JsonObject Data(string resourceId, int cycle, int page, string? ticket = null)
    {
        var data = new JsonObject { ["resource"] = resourceId, ["cycle"] = cycle, ["page"] = page };
        if (ticket is not null)
        {
            data["ticket"] = ticket;
        }

        return data;
    }
}

/// <summary>What a review button sent, read from untrusted card data; null when a field is missing or of the wrong type.</summary>
internal sealed record AccessReviewClick(string ResourceId, int Cycle, int Page, string? Ticket)
{
    public static AccessReviewClick? Read(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object
        && Text(data, "resource") is { } resource
        && Number(data, "cycle") is { } cycle
        && Number(data, "page") is { } page
            ? new AccessReviewClick(resource, cycle, page, Text(data, "ticket"))
            : null;

    private static string? Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;

    private static int? Number(JsonElement data, string name) =>
        !data.TryGetProperty(name, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var n) && n > 0 => n,
            JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 => n,
            _ => null,
        };
}
