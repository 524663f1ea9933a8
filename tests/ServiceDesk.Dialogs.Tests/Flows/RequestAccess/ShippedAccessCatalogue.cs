using System.Text.Json;
using System.Text.Json.Serialization;
using ServiceDesk.Dialogs.Catalogue;

namespace ServiceDesk.Dialogs.Tests.Flows.RequestAccess;

/// <summary>The access catalogue exactly as appsettings.json ships it, read from the source tree.</summary>
internal static class ShippedAccessCatalogue
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static AccessCatalogueOptions Options()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "appsettings.json")));
        var section = settings.RootElement.GetProperty("Catalogue").GetProperty("Access");
        return section.Deserialize<AccessCatalogueOptions>(Json) ?? throw new InvalidDataException("Catalogue:Access is empty.");
    }

    /// <summary>The software and hardware items exactly as appsettings.json ships them.</summary>
    public static ServiceCatalogueOptions Items()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "appsettings.json")));
        return settings.RootElement.GetProperty("Catalogue").Deserialize<ServiceCatalogueOptions>(Json) ?? throw new InvalidDataException("Catalogue is empty.");
    }

    public static AccessCatalogue Catalogue() => AccessCatalogue.From(Options(), Items());

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ServiceDesk.Bot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"ServiceDesk.Bot.sln not found above {AppContext.BaseDirectory}.");
    }
}
