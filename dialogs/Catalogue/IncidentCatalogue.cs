using Microsoft.Extensions.Options;

namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>Looks categories and services up by id, and by what a person types (a number, an id or a name).</summary>
internal sealed class IncidentCatalogue(IOptions<IncidentCatalogueOptions> options)
{
    public IReadOnlyList<CatalogueEntry> Categories => options.Value.Categories;

    public CatalogueEntry? Find(string? id) =>
        id is null ? null : Categories.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>"3", "email", "E-mail", "courriel", "Messagerie" → the category; anything else → null.</summary>
    public CatalogueEntry? Match(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var folded = Fold(typed);
        if (int.TryParse(folded, out var n) && n >= 1 && n <= Categories.Count)
        {
            return Categories[n - 1];
        }

        return Categories.FirstOrDefault(c => Fold(c.Id) == folded || c.Name.Values.Any(name => Fold(name) == folded))
            ?? Categories.FirstOrDefault(c => c.Services.Any(s => Fold(s.Id) == folded || s.Name.Values.Any(name => Fold(name) == folded)));
    }

    /// <summary>The service of <paramref name="category"/> with this id, if it has one.</summary>
    public static CatalogueEntry? ServiceOf(CatalogueEntry category, string? serviceId) =>
        serviceId is null ? null : category.Services.FirstOrDefault(s => string.Equals(s.Id, serviceId, StringComparison.OrdinalIgnoreCase));

    private static string Fold(string text) => Routing.Interrupts.Normalize(text).Replace("-", " ", StringComparison.Ordinal);
}
