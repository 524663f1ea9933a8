using System.Text.Json;

namespace ServiceDesk.Dialogs.Conversation;

/// <summary>One answer read from typed text or a card field: its text, or why there is none usable.</summary>
internal sealed record FormValue(string? Text, bool WrongType)
{
    public static readonly FormValue Missing = new(null, false);

    public bool IsMissing => !WrongType && string.IsNullOrWhiteSpace(Text);
}

/// <summary>
/// Reads card data, which is untrusted: a field may be missing, of another type than the card sends (inputs always
/// send strings), or come with extra fields, which are ignored. Nothing here throws on bad data.
/// </summary>
internal static class CardForm
{
    /// <summary>The answer to a step: the typed text, or the card field <paramref name="field"/>.</summary>
    public static FormValue Answer(DialogInput input, string field) =>
        input.Action is { } action ? Field(action.Data, field) : new FormValue(input.Text?.Trim(), false);

    public static FormValue Field(JsonElement data, string field)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(field, out var value))
        {
            return FormValue.Missing;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => new FormValue(value.GetString()?.Trim(), false),
            JsonValueKind.Null or JsonValueKind.Undefined => FormValue.Missing,
            _ => new FormValue(null, true),
        };
    }

    /// <summary>The string values of <paramref name="fields"/> present in the data (for a transcript line).</summary>
    public static IEnumerable<string> Values(JsonElement data, IEnumerable<string> fields) =>
        fields.Select(f => Field(data, f).Text).OfType<string>().Where(t => t.Length > 0);

    /// <summary>A whole number sent as a string by the card ("3"); anything else is null.</summary>
    public static long? Number(JsonElement data, string field)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(field, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var n) => n,
            JsonValueKind.String when long.TryParse(value.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
    }
}
