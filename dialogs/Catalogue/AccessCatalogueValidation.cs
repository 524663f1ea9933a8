using System.Globalization;

namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>
/// Checks the configured access catalogue at start; every message names the setting to fix, e.g.
/// <c>Catalogue:Access:Resources:2:Owners</c>.
/// </summary>
public static partial class AccessCatalogueValidation
{
    public const int MaxNameLength = 100;
    public const int MaxDescriptionLength = 500;

    public static IReadOnlyList<string> Errors(AccessCatalogueOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.Resources.Count == 0)
        {
            errors.Add($"{AccessCatalogueOptions.SectionName}:Resources needs at least one resource.");
        }

        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Resources.Count; i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{AccessCatalogueOptions.SectionName}:Resources:{i}");
            var resource = options.Resources[i];
            if (!IsId(resource.Id))
            {
                errors.Add($"{at}:Id is required: letters, digits, '-' or '_', at most 50 characters.");
            }
            else if (!ids.Add(resource.Id))
            {
                errors.Add($"{at}:Id '{resource.Id}' is used by another resource.");
            }

            if (resource.Kind is null || !Enum.IsDefined(resource.Kind.Value) || resource.Kind is AccessResourceKind.Software or AccessResourceKind.Hardware)
            {
                errors.Add($"{at}:Kind is required: Application, Group, SharedFolder, Licence or Site.");
            }

            Text(errors, $"{at}:Name", resource.Name, MaxNameLength);
            Text(errors, $"{at}:Description", resource.Description, MaxDescriptionLength);
            Levels(errors, at, resource);
            Approver(errors, at, resource);
        }

        Aliases(errors, options);
        return errors;
    }

    private static void Levels(List<string> errors, string at, AccessResourceOptions resource)
    {
        if (resource.Levels.Count == 0)
        {
            errors.Add($"{at}:Levels needs at least one level ({string.Join(", ", AccessLevels.Known)}).");
        }

        foreach (var level in resource.Levels)
        {
            if (!AccessLevels.Known.Contains(level, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add($"{at}:Levels: '{level}' is not a known level ({string.Join(", ", AccessLevels.Known)}).");
            }
        }

        if (resource.Levels.Distinct(StringComparer.OrdinalIgnoreCase).Count() != resource.Levels.Count)
        {
            errors.Add($"{at}:Levels lists a level twice.");
        }

        var isLicence = resource.Kind == AccessResourceKind.Licence;
        var onlyAssigned = resource.Levels.Count == 1 && string.Equals(resource.Levels[0], AccessLevels.Assigned, StringComparison.OrdinalIgnoreCase);
        if (isLicence && !onlyAssigned)
        {
            errors.Add($"{at}:Levels of a licence is exactly [\"{AccessLevels.Assigned}\"].");
        }
    }

    private static void Approver(List<string> errors, string at, AccessResourceOptions resource)
    {
        switch (resource.Approver)
        {
            case AccessApproverRule.Manager:
                break;
            case AccessApproverRule.Owners when resource.Owners.Any(string.IsNullOrWhiteSpace)
                || (resource.Owners.Count == 0 && string.IsNullOrWhiteSpace(resource.GroupId)):
                errors.Add($"{at}:Owners needs at least one Teams user id or Entra object id (no empty entries) when Approver is Owners and no GroupId names them.");
                break;
            case AccessApproverRule.Owners:
                break;
            default: // None is for software and hardware items: access is always approved by someone

                errors.Add($"{at}:Approver is required: Manager or Owners.");
                break;
        }

        // Graph's ids are GUIDs: anything else is a typo that would only show when someone asks for the resource.
        if (resource.GroupId is { } group && !Guid.TryParse(group, out _))
        {
            errors.Add($"{at}:GroupId '{group}' is not an Entra group object id (a GUID).");
        }

        if (resource.AutoFulfil && string.IsNullOrWhiteSpace(resource.GroupId))
        {
            errors.Add($"{at}:AutoFulfil needs GroupId: the Entra group the requester is added to once approved.");
        }

        if (resource.ReviewEveryDays is < 0 or > 3650)
        {
            errors.Add($"{at}:ReviewEveryDays must be between 0 (no review) and 3650.");
        }
        else if (resource.ReviewEveryDays > 0 && !resource.AutoFulfil)
        {
            errors.Add($"{at}:ReviewEveryDays needs AutoFulfil: a removal decided at the review is made through Microsoft Graph.");
        }

        if (resource.FallbackApprover is { } fallback && string.IsNullOrWhiteSpace(fallback))
        {
            errors.Add($"{at}:FallbackApprover, when set, is a Teams user id or Entra object id.");
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

    private static bool IsId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 50 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
