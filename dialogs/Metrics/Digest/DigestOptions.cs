using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Dialogs.Metrics.Digest;

/// <summary>
/// The weekly digest (section <c>Digest</c>): a card in the agents' channel once a week, at <see cref="Hour"/> on
/// <see cref="DayOfWeek"/> in the desk's time zone. Off while <see cref="DayOfWeek"/> is not set.
/// </summary>
public sealed class DigestOptions : IValidatableObject
{
    public const string SectionName = "Digest";

    /// <summary>The day it is posted (<c>Monday</c> … <c>Sunday</c>); not set: no digest.</summary>
    public DayOfWeek? DayOfWeek { get; set; }

    /// <summary>The hour it is posted, 0–23, in <see cref="TimeZone"/>.</summary>
    [Range(0, 23, ErrorMessage = "Digest:Hour must be between 0 and 23.")]
    public int Hour { get; set; } = 8;

    /// <summary>The zone of the day and hour (IANA id); empty: the business calendar's (<c>ServiceLevels:BusinessHours:TimeZone</c>).</summary>
    public string? TimeZone { get; set; }

    /// <summary>What the card's button opens: the dashboard's address (<c>https://&lt;bot host&gt;/dashboard</c>) or the tab's link.</summary>
    public string? DashboardUrl { get; set; }

    /// <summary>How often the worker looks whether the week's digest is due.</summary>
    [Range(1, 60, ErrorMessage = "Digest:CheckMinutes must be between 1 and 60.")]
    public int CheckMinutes { get; set; } = 5;

    public bool Enabled => DayOfWeek is not null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (!Uri.TryCreate(DashboardUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            yield return new ValidationResult("Digest:DashboardUrl must be an https address (the dashboard's page or the Teams tab's link) when Digest:DayOfWeek is set.", [nameof(DashboardUrl)]);
        }

        if (!string.IsNullOrWhiteSpace(TimeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"Digest:TimeZone '{TimeZone}' is not a known time zone (use an IANA id such as Europe/Paris).", [nameof(TimeZone)]);
        }
    }
}
