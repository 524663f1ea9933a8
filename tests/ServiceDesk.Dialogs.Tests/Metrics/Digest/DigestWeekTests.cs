using System.ComponentModel.DataAnnotations;
using ServiceDesk.Dialogs.Metrics.Digest;

namespace ServiceDesk.Dialogs.Tests.Metrics.Digest;

/// <summary>Which week's digest is due, in the desk's zone, and the settings that turn it on.</summary>
public sealed class DigestWeekTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Theory]
    [InlineData("2026-12-07T06:59:00Z", "2026-11-30", "2026-11-30T07:00:00Z")] // 07:59 in Paris: last week's
    [InlineData("2026-12-07T07:00:00Z", "2026-12-07", "2026-12-07T07:00:00Z")] // 08:00 in Paris: this week's
    [InlineData("2026-12-13T22:00:00Z", "2026-12-07", "2026-12-07T07:00:00Z")] // Sunday night
    [InlineData("2027-03-29T06:00:00Z", "2027-03-29", "2027-03-29T06:00:00Z")] // summer time: 08:00 is 06:00 UTC
    public void Latest_is_the_last_day_and_hour_passed_in_the_zone(string now, string week, string due)
    {
        var latest = DigestWeek.Latest(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), DayOfWeek.Monday, 8, Paris);

        Assert.Equal((week, DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture)), (latest.Id, latest.Due));
        Assert.Equal(latest.Due.AddDays(-7), latest.From);
    }

    [Fact]
    public void A_skipped_hour_is_taken_as_the_hour_after()
    {
        // 28 March 2027, 02:00 does not exist in Paris (clocks go to 03:00).
        var latest = DigestWeek.Latest(new DateTimeOffset(2027, 3, 28, 12, 0, 0, TimeSpan.Zero), DayOfWeek.Sunday, 2, Paris);

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero), latest.Due);
    }

    [Theory]
    [InlineData(null, null, null, true)]
    [InlineData(DayOfWeek.Monday, "https://bot.example/dashboard", null, true)]
    [InlineData(DayOfWeek.Monday, null, null, false)]
    [InlineData(DayOfWeek.Monday, "http://bot.example/dashboard", null, false)]
    [InlineData(DayOfWeek.Monday, "https://bot.example/dashboard", "Mars/Olympus", false)]
    public void Settings_need_an_https_dashboard_address_and_a_known_zone_once_on(DayOfWeek? day, string? url, string? zone, bool valid)
    {
        var options = new DigestOptions { DayOfWeek = day, DashboardUrl = url, TimeZone = zone };

        var results = new List<ValidationResult>();
        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.All(results, r => Assert.StartsWith("Digest:", r.ErrorMessage, StringComparison.Ordinal));
    }
}
