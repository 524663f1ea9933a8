using System.Text.Json;

namespace ServiceDesk.Bot.Protocol.Connector;

/// <summary>
/// Reads the Teams error code from an error response. The standard body is
/// <c>{"error":{"code","message"}}</c>, but Teams also answers with non-standard shapes (a <c>subCode</c>
/// such as MessageWritesBlocked, a plain string, HTML from a proxy), so nothing here throws.
/// </summary>
internal static class ConnectorErrorBody
{
    private const int MaxCodeLength = 128;

    public static string? ReadErrorCode(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            if (root.TryGetProperty("error", out var error))
            {
                if (error.ValueKind == JsonValueKind.Object)
                {
                    // The sub code is the more specific reason (Forbidden / MessageWritesBlocked).
                    return StringOf(error, "subCode") ?? StringOf(root, "subCode") ?? StringOf(error, "code");
                }
                if (error.ValueKind == JsonValueKind.String)
                {
                    return StringOf(root, "subCode") ?? Limit(error.GetString());
                }
            }
            return StringOf(root, "subCode") ?? StringOf(root, "code") ?? StringOf(root, "errorCode");
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? StringOf(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                return Limit(property.Value.GetString());
            }
        }
        return null;
    }

    // The code goes into logs and stored outbox records: keep it short.
    private static string? Limit(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : code.Length <= MaxCodeLength ? code : code[..MaxCodeLength];
}
