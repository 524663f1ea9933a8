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
