using System.Globalization;

namespace ServiceDesk.Dialogs.Catalogue;

// Aliases: each one readable, and no name or alias shared by two resources (the bot could not tell them apart).
public static partial class AccessCatalogueValidation
{
    public const int MaxAliasLength = 100;

    private static void Aliases(List<string> errors, AccessCatalogueOptions options)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var all = options.Resources
            .SelectMany((resource, i) => Names(string.Create(CultureInfo.InvariantCulture, $"{AccessCatalogueOptions.SectionName}:Resources:{i}"), resource)
                .Select(n => (resource, n.Setting, n.Text)))
            .OrderBy(n => IsAlias(n.Setting)); // names first: an alias repeating a name is the alias's error
        foreach (var (resource, setting, text) in all)
        {
            var folded = CatalogueText.Fold(text);
            if (IsAlias(setting) && (string.IsNullOrWhiteSpace(text) || text.Length > MaxAliasLength || folded.Length == 0))
            {
                errors.Add($"{setting} must have a letter or a digit (at most {MaxAliasLength} characters).");
            }
            else if (folded.Length > 0 && owners.TryGetValue(folded, out var owner) && owner != resource.Id)
            {
                errors.Add($"{setting} '{text.Trim()}' is already a name or alias of '{owner}': each name must lead to one resource.");
            }
            else if (folded.Length > 0)
            {
                owners[folded] = resource.Id;
            }
        }
    }

    private static bool IsAlias(string setting) =>
        setting.Contains(":Aliases:", StringComparison.Ordinal) || setting.Contains(":Keywords:", StringComparison.Ordinal);

    private static IEnumerable<(string Setting, string Text)> Names(string at, AccessResourceOptions resource)
    {
        yield return ($"{at}:Name:En", resource.Name.En ?? string.Empty);
        yield return ($"{at}:Name:Fr", resource.Name.Fr ?? string.Empty);
        for (var j = 0; j < resource.Aliases.En.Count; j++)
        {
            yield return (string.Create(CultureInfo.InvariantCulture, $"{at}:Aliases:En:{j}"), resource.Aliases.En[j] ?? string.Empty);
        }

        for (var j = 0; j < resource.Aliases.Fr.Count; j++)
        {
            yield return (string.Create(CultureInfo.InvariantCulture, $"{at}:Aliases:Fr:{j}"), resource.Aliases.Fr[j] ?? string.Empty);
        }

        for (var j = 0; j < resource.Keywords.Count; j++)
        {
            yield return (string.Create(CultureInfo.InvariantCulture, $"{at}:Keywords:{j}"), resource.Keywords[j] ?? string.Empty);
        }
    }
}
