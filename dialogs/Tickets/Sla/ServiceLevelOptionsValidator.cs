using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Catalogue;

namespace ServiceDesk.Dialogs.Tickets.Sla;

/// <summary>Checks section <c>ServiceLevels</c> at start; every message names the setting to fix.</summary>
internal sealed partial class ServiceLevelOptionsValidator : IValidateOptions<ServiceLevelOptions>
{
    public ValidateOptionsResult Validate(string? name, ServiceLevelOptions options)
    {
        var errors = new List<string>();
        foreach (var priority in Enum.GetValues<Priority>())
        {
            var target = options.For(priority);
            if (target.ResponseMinutes is < 1 or > 525_600)
            {
                errors.Add($"ServiceLevels:{priority}:ResponseMinutes must be between 1 and 525600.");
            }

            if (target.ResolutionMinutes is < 1 or > 525_600 || target.ResolutionMinutes < target.ResponseMinutes)
            {
                errors.Add($"ServiceLevels:{priority}:ResolutionMinutes must be between ResponseMinutes and 525600.");
            }
        }

        errors.AddRange(BusinessCalendar.Create(options.BusinessHours).Errors);
        errors.AddRange(options.RoundTheClockPriorities
            .Where(p => !PriorityName().IsMatch(p ?? ""))
            .Select(p => $"ServiceLevels:RoundTheClock entry '{p}' is not a priority (P1 to P5)."));
        if (options.AtRiskPercent is < 1 or > 99)
        {
            errors.Add("ServiceLevels:AtRiskPercent must be between 1 and 99.");
        }

        if (options.AutoCloseDays is < 1 or > 365)
        {
            errors.Add("ServiceLevels:AutoCloseDays must be between 1 and 365.");
        }

        if (options.CheckIntervalSeconds is < 1 or > 3_600)
        {
            errors.Add("ServiceLevels:CheckIntervalSeconds must be between 1 and 3600.");
        }

        if (options.OnCallAgents.Any(a => string.IsNullOrWhiteSpace(a.Id) || string.IsNullOrWhiteSpace(a.Name)))
        {
            errors.Add("ServiceLevels:OnCall entries need an Id (the Teams user id, 29:…) and a Name.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex("^[Pp][1-5]$")]
    private static partial Regex PriorityName();
}
