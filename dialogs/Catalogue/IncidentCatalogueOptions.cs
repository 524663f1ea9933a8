using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>
/// The incident categories employees choose from (section <c>Catalogue:Incident</c>), each with the services it
/// covers. Ids match the recogniser's category ids (workstation, email, network-vpn…); names are per language.
/// </summary>
public sealed class IncidentCatalogueOptions
{
    public const string SectionName = "Catalogue:Incident";

    [MinLength(1, ErrorMessage = "Catalogue:Incident:Categories must list at least one category.")]
    public List<CatalogueEntry> Categories { get; set; } = [];
}

/// <summary>A category or a service: id, names by language ("en", "fr"), and for a category its services.</summary>
public sealed class CatalogueEntry
{
    [Required(ErrorMessage = "Every Catalogue:Incident entry needs an Id.")]
    public string Id { get; set; } = string.Empty;

    public Dictionary<string, string> Name { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public List<CatalogueEntry> Services { get; set; } = [];

    /// <summary>The name in <paramref name="language"/>, else English, else the id.</summary>
    public string NameIn(string language) =>
        Name.TryGetValue(language, out var name) || Name.TryGetValue("en", out name) ? name : Id;
}
