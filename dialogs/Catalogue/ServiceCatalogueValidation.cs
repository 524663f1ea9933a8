using System.Globalization;

namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>
/// Checks the software and hardware items at start; every message names the setting to fix, e.g.
/// <c>Catalogue:Software:Items:2:Approver</c>. Item ids may not repeat an access resource's id (requests store the id);
/// names and aliases may repeat the access catalogue's ("Visio" the licence and "Visio" the installation are asked
/// through different requests) but not another item's of the same part.
/// </summary>
public static class ServiceCatalogueValidation
{
    public static IReadOnlyList<string> Errors(ServiceCatalogueOptions options, AccessCatalogueOptions? access = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var ids = new HashSet<string>((access?.Resources ?? []).Select(r => r.Id), StringComparer.OrdinalIgnoreCase);
        Part(errors, "Software", options.Software, ids, ServiceCatalogueOptions.SoftwareQueue);
        Part(errors, "Hardware", options.Hardware, ids, ServiceCatalogueOptions.HardwareQueue);
        return errors;
    }

    private static void Part(List<string> errors, string part, ServiceItemListOptions list, HashSet<string> ids, string defaultQueue)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{ServiceCatalogueOptions.SectionName}:{part}:Items:{i}");
            var item = list.Items[i];
            if (string.IsNullOrEmpty(item.Id) || item.Id.Length > 50 || !item.Id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                errors.Add($"{at}:Id is required: letters, digits, '-' or '_', at most 50 characters.");
            }
            else if (!ids.Add(item.Id))
            {
                errors.Add($"{at}:Id '{item.Id}' is used by another resource or item of the catalogue.");
            }

            Text(errors, $"{at}:Name", item.Name, AccessCatalogueValidation.MaxNameLength);
            Text(errors, $"{at}:Description", item.Description, AccessCatalogueValidation.MaxDescriptionLength);
            if (item.Approver is null || !Enum.IsDefined(item.Approver.Value))
            {
                errors.Add($"{at}:Approver is required: None, Manager or Owners.");
            }
            else if (item.Approver == AccessApproverRule.Owners && (item.Owners.Count == 0 || item.Owners.Any(string.IsNullOrWhiteSpace)))
            {
                errors.Add($"{at}:Owners needs at least one Teams user id or Entra object id (no empty entries) when Approver is Owners.");
            }

            var queue = string.IsNullOrWhiteSpace(item.Queue) ? defaultQueue : item.Queue.Trim();
            if (queue.Length > 50 || !queue.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                errors.Add($"{at}:Queue '{item.Queue}' must be a queue category: lowercase letters, digits and '-' (e.g. {defaultQueue}).");
            }

            Names(errors, at, item, names);
        }
    }

    private static void Names(List<string> errors, string at, ServiceItemOptions item, Dictionary<string, string> owners)
    {
        var all = new List<(string Setting, string Text)> { ($"{at}:Name:En", item.Name.En ?? string.Empty), ($"{at}:Name:Fr", item.Name.Fr ?? string.Empty) };
        all.AddRange(item.Aliases.En.Select((a, j) => (string.Create(CultureInfo.InvariantCulture, $"{at}:Aliases:En:{j}"), a ?? string.Empty)));
        all.AddRange(item.Aliases.Fr.Select((a, j) => (string.Create(CultureInfo.InvariantCulture, $"{at}:Aliases:Fr:{j}"), a ?? string.Empty)));
        foreach (var (setting, text) in all)
        {
            var folded = CatalogueText.Fold(text);
            if (setting.Contains(":Aliases:", StringComparison.Ordinal) && (text.Length > AccessCatalogueValidation.MaxAliasLength || folded.Length == 0))
            {
                errors.Add($"{setting} must have a letter or a digit (at most {AccessCatalogueValidation.MaxAliasLength} characters).");
            }
            else if (folded.Length > 0 && owners.TryGetValue(folded, out var owner) && owner != item.Id)
            {
                errors.Add($"{setting} '{text.Trim()}' is already a name or alias of '{owner}': each name must lead to one item.");
            }
            else if (folded.Length > 0)
            {
                owners[folded] = item.Id;
            }
        }
    }

    private static void Text(List<string> errors, string at, LocalizedTextOptions text, int max)
    {
        if (string.IsNullOrWhiteSpace(text.En) || text.En.Length > max)
        {
            errors.Add($"{at}:En is required (at most {max} characters).");
        }

        if (string.IsNullOrWhiteSpace(text.Fr) || text.Fr.Length > max)
        {
            errors.Add($"{at}:Fr is required (at most {max} characters).");
        }
    }
}
