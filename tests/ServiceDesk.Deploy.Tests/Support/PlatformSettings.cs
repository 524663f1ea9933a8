namespace ServiceDesk.Deploy.Tests.Support;

/// <summary>
/// App settings the bot does not bind to its options but a library it ships reads from the environment. Each names
/// the assembly that reads it, so a setting stays only while the published bot carries its reader.
/// </summary>
internal static class PlatformSettings
{
    public static IReadOnlyDictionary<string, string> ReaderAssembly { get; } = new Dictionary<string, string>
    {
        // The Azure Monitor OpenTelemetry exporter: where traces, metrics and logs go.
        ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "Azure.Monitor.OpenTelemetry.Exporter.dll",
        // Azure.Identity's environment and default credentials: which user-assigned identity to use.
        ["AZURE_CLIENT_ID"] = "Azure.Identity.dll",
    };
}

/// <summary>
/// The .NET runtime's own settings the bot runs with (<c>bot/runtime.env</c>): the runtime reads them from the
/// environment only, so every launcher sets them, the App Service app settings included.
/// </summary>
internal static class RuntimeSettings
{
    public static IReadOnlyDictionary<string, string> FromFile { get; } = File.ReadAllLines(Path.Combine(Repository.Root, "bot", "runtime.env"))
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split('=', 2))
        .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
}
