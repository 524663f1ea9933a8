namespace ServiceDesk.Infra.Storage.Tables.Azure;

/// <summary>
/// The parts of a Storage (or Cosmos DB for Table) connection string the table client needs. Azurite's
/// <c>UseDevelopmentStorage=true</c> maps to its well-known account on the path-style loopback endpoint.
/// </summary>
internal sealed record TableConnectionString(Uri TableEndpoint, string AccountName, byte[] AccountKey)
{
    public const string DevelopmentAccount = "devstoreaccount1";

    // Azurite's published development key: not a secret, it is the same on every machine.
    public const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>The parsed connection string, or null with the reason it cannot be used.</summary>
    public static TableConnectionString? TryParse(string text, out string? error)
    {
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                error = "it holds a part that is not name=value";
                return null;
            }

            parts[segment[..equals].Trim()] = segment[(equals + 1)..].Trim();
        }

        if (parts.TryGetValue("UseDevelopmentStorage", out var development) && development.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            error = null;
            return new TableConnectionString(
                new Uri($"http://127.0.0.1:10002/{DevelopmentAccount}"), DevelopmentAccount, Convert.FromBase64String(DevelopmentKey));
        }

        if (!parts.TryGetValue("AccountName", out var account) || !parts.TryGetValue("AccountKey", out var keyText))
        {
            error = "AccountName and AccountKey are required (shared access signatures are not supported)";
            return null;
        }

        var key = new byte[keyText.Length];
        if (!Convert.TryFromBase64String(keyText, key, out var keyLength))
        {
            error = "AccountKey is not base64";
            return null;
        }

        var endpoint = parts.TryGetValue("TableEndpoint", out var explicitEndpoint)
            ? explicitEndpoint
            : $"{parts.GetValueOrDefault("DefaultEndpointsProtocol", "https")}://{account}.table.{parts.GetValueOrDefault("EndpointSuffix", "core.windows.net")}";
        if (!Uri.TryCreate(endpoint.TrimEnd('/'), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            error = "TableEndpoint is not an absolute http(s) address";
            return null;
        }

        error = null;
        return new TableConnectionString(uri, account, key[..keyLength]);
    }

    public override string ToString() => $"{TableEndpoint} ({AccountName})";
}
