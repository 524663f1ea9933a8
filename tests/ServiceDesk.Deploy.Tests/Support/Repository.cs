using System.Reflection;

namespace ServiceDesk.Deploy.Tests.Support;

/// <summary>Paths written into the test assembly at build time: the repository, the Bicep CLI, the build configuration.</summary>
internal static class Repository
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    public static string Configuration { get; } = Metadata("Configuration");

    public static string BicepPath { get; } = Metadata("BicepPath");

    public static string AzureFolder { get; } = Path.Combine(Root, "infra", "azure");

    public static string BotProject { get; } = Path.Combine(Root, "bot", "ServiceDesk.Bot.csproj");

    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"Assembly metadata {key} is missing: rebuild tests/ServiceDesk.Deploy.Tests.");
}
