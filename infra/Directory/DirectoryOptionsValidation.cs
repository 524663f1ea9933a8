using System.Globalization;
using Microsoft.Extensions.Options;

namespace ServiceDesk.Infra.Directories;

/// <summary>Start-up checks of <see cref="DirectoryOptions"/>; each message names the setting to fix.</summary>
internal sealed class DirectoryOptionsValidation : IValidateOptions<DirectoryOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var employees = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Managers.Count; i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{DirectoryOptions.SectionName}:Managers:{i}");
            var entry = options.Managers[i];
            if (string.IsNullOrWhiteSpace(entry.Employee))
            {
                errors.Add($"{at}:Employee is required (Teams user id or Entra object id).");
            }
            else if (!employees.Add(entry.Employee.Trim()))
            {
                errors.Add($"{at}:Employee '{entry.Employee}' is listed twice.");
            }

            Person(errors, $"{at}:Manager", entry.Manager);
            if (string.Equals(entry.Employee?.Trim(), entry.Manager.Id?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                errors.Add($"{at}:Manager cannot be the employee themselves.");
            }
        }

        if (options.DefaultApprover is { } fallback)
        {
            Person(errors, $"{DirectoryOptions.SectionName}:DefaultApprover", fallback);
        }

        for (var i = 0; i < options.People.Count; i++)
        {
            Person(errors, string.Create(CultureInfo.InvariantCulture, $"{DirectoryOptions.SectionName}:People:{i}"), options.People[i]);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Person(List<string> errors, string at, DirectoryPersonOptions person)
    {
        if (string.IsNullOrWhiteSpace(person.Id))
        {
            errors.Add($"{at}:Id is required (Teams user id or Entra object id).");
        }

        if (string.IsNullOrWhiteSpace(person.Name) || person.Name.Length > 200)
        {
            errors.Add($"{at}:Name is required (at most 200 characters).");
        }
    }
}
