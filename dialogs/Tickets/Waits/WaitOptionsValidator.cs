using Microsoft.Extensions.Options;

namespace ServiceDesk.Dialogs.Tickets.Waits;

/// <summary>Checks section <c>Waits</c> at start; every message names the setting to fix.</summary>
internal sealed class WaitOptionsValidator : IValidateOptions<WaitOptions>
{
    private const int MaxHours = 24 * 365;
    private const int MaxDays = 365;

    public ValidateOptionsResult Validate(string? name, WaitOptions options)
    {
        var errors = new List<string>();
        var (approvals, holds) = (options.Approvals, options.Holds);
        if (options.CheckIntervalSeconds is < 1 or > 3600)
        {
            errors.Add("Waits:CheckIntervalSeconds must be between 1 and 3600.");
        }

        if (approvals.RemindAfterHours is < 0 or > MaxHours)
        {
            errors.Add($"Waits:Approvals:RemindAfterHours must be between 0 (never) and {MaxHours}.");
        }

        if (approvals.ExpireAfterHours is < 0 or > MaxHours
            || (approvals.ExpireAfterHours > 0 && approvals.ExpireAfterHours <= approvals.RemindAfterHours))
        {
            errors.Add($"Waits:Approvals:ExpireAfterHours must be 0 (never) or more than RemindAfterHours, at most {MaxHours}.");
        }

        errors.AddRange(approvals.FallbackApprovers.Select((a, i) => (a, i))
            .Where(x => string.IsNullOrWhiteSpace(x.a.Id) || string.IsNullOrWhiteSpace(x.a.Name))
            .Select(x => $"Waits:Approvals:Fallback:{x.i} needs an Id (29:… or an Entra object id) and a Name."));

        if (holds.RemindAfterDays is < 0 or > MaxDays)
        {
            errors.Add($"Waits:Holds:RemindAfterDays must be between 0 (never) and {MaxDays}.");
        }

        if (holds.AutoResolveAfterDays is < 0 or > MaxDays
            || (holds.AutoResolveAfterDays > 0 && (holds.RemindAfterDays == 0 || holds.AutoResolveAfterDays <= holds.RemindAfterDays)))
        {
            errors.Add($"Waits:Holds:AutoResolveAfterDays must be 0 (never) or more than RemindAfterDays (which must then be set: the reminder announces it), at most {MaxDays}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
