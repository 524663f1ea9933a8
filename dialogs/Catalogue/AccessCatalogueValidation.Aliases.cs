using System.Globalization;

namespace ServiceDesk.Dialogs.Catalogue;

// Aliases: each one readable, and no name or alias shared by two resources (the bot could not tell them apart).
public static partial class AccessCatalogueValidation
{
    public const int MaxAliasLength = 100;

    private static void Aliases(List<string> errors, AccessCatalogueOptions options)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Resources.Count; i++)
        {
            var resource = options.Resources[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"{AccessCatalogueOptions.SectionName}:Resources:{i}");
            foreach (var (setting, text) in Names(at, resource))
            {
                var folded = CatalogueText.Fold(text);
                if (setting.Contains(":Aliases:", StringComparison.Ordinal) || setting.Contains(":Keywords:", StringComparison.Ordinal))
                {
                    if (string.IsNullOrWhiteSpace(text) || text.Length > MaxAliasLength || folded.Length == 0)
                    {
                        errors.Add($"{setting} must have a letter or a digit (at most {MaxAliasLength} characters).");
                        continue;
                    }
                }

                if (folded.Length == 0)
                {
                    continue;
                }

                if (owners.TryGetValue(folded, out var owner) && owner != resource.Id)
                {
                    errors.Add($"{setting} '{text.Trim()}' is already a name or alias of '{owner}': each name must lead to one resource.");
                }
                else
                {
                    owners[folded] = resource.Id;
                }
            }
        }
    }

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
