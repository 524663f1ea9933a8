using ServiceDesk.Dialogs.Tickets.Sla;
using static ServiceDesk.Dialogs.Tests.Sla.SlaClocks;

namespace ServiceDesk.Dialogs.Tests.Sla;

/// <summary>Business-hour arithmetic in Europe/Paris, Mon–Fri 08:00–18:00, 25 December off.</summary>
public sealed class BusinessCalendarTests
{
    private readonly BusinessCalendar _calendar = Calendar();

    [Fact]
    public void Add_WithinTheDay_EndsTheSameDay() =>
        Assert.Equal(ParisTime(2026, 11, 23, 13), _calendar.Add(ParisTime(2026, 11, 23, 9), TimeSpan.FromHours(4)));

    [Fact]
    public void Add_PastClosingTime_ContinuesNextMorning() =>
        Assert.Equal(ParisTime(2026, 11, 24, 10), _calendar.Add(ParisTime(2026, 11, 23, 16), TimeSpan.FromHours(4)));

    [Fact]
    public void Add_OnFridayEvening_SkipsTheWeekend() =>
        Assert.Equal(ParisTime(2026, 11, 30, 9), _calendar.Add(ParisTime(2026, 11, 27, 17), TimeSpan.FromHours(2)));

    [Fact]
    public void Add_StartingOnSaturday_StartsCountingOnMondayMorning() =>
        Assert.Equal(ParisTime(2026, 11, 30, 8, 30), _calendar.Add(ParisTime(2026, 11, 28, 11), TimeSpan.FromMinutes(30)));

    [Fact]
    public void Add_BeforeAHoliday_SkipsTheHolidayAndTheWeekend() =>
        Assert.Equal(ParisTime(2026, 12, 28, 9), _calendar.Add(ParisTime(2026, 12, 24, 17), TimeSpan.FromHours(2)));

    [Fact]
    public void Add_ExactlyToClosingTime_EndsAtClosingTime() =>
        Assert.Equal(ParisTime(2026, 11, 23, 18), _calendar.Add(ParisTime(2026, 11, 23, 17), TimeSpan.FromHours(1)));

    [Fact]
    public void Add_AcrossTheSpringChange_KeepsTheLocalWindow()
    {
        // Friday 17:00 CET (UTC+1) + 2 business hours = Monday 09:00 CEST (UTC+2): 63 wall-clock hours, not 64.
        var start = ParisTime(2026, 3, 27, 17);
        var due = _calendar.Add(start, TimeSpan.FromHours(2));

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero), due);
        Assert.Equal(TimeSpan.FromHours(63), due - start);
    }

    [Fact]
    public void Add_AcrossTheAutumnChange_KeepsTheLocalWindow()
    {
        // Friday 17:00 CEST (UTC+2) + 2 business hours = Monday 09:00 CET (UTC+1): 65 wall-clock hours.
        var start = ParisTime(2026, 10, 23, 17);
        var due = _calendar.Add(start, TimeSpan.FromHours(2));

        Assert.Equal(new DateTimeOffset(2026, 10, 26, 8, 0, 0, TimeSpan.Zero), due);
        Assert.Equal(TimeSpan.FromHours(65), due - start);
    }

    [Fact]
    public void Elapsed_OverADaylightSavingWeekend_CountsOnlyOpenHours() =>
        Assert.Equal(TimeSpan.FromHours(20), _calendar.Elapsed(ParisTime(2026, 3, 27, 8), ParisTime(2026, 3, 30, 18)));

    [Theory]
    [InlineData(3, 47)]
    [InlineData(10, 49)]
    public void Elapsed_AllDayEveryDay_CountsTheShortAndTheLongDay(int month, int hours)
    {
        var calendar = Calendar(o => (o.Days, o.Start, o.End) = (Enum.GetValues<DayOfWeek>(), "00:00", "24:00"));
        var sunday = month == 3 ? 29 : 25;

        Assert.Equal(TimeSpan.FromHours(hours), calendar.Elapsed(ParisTime(2026, month, sunday - 1, 0), ParisTime(2026, month, sunday + 1, 0)));
    }

    [Fact]
    public void Window_OpeningInTheSpringGap_OpensWhenTheClockJumps()
    {
        var calendar = Calendar(o => (o.Days, o.Start, o.End) = (Enum.GetValues<DayOfWeek>(), "02:00", "04:00"));

        var (open, close) = calendar.Window(new DateOnly(2026, 3, 29))!.Value;

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), open); // 03:00 CEST
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 2, 0, 0, TimeSpan.Zero), close); // 04:00 CEST
    }

    [Fact]
    public void Add_SameInstantInAnotherTimeZone_FollowsThatZonesHours()
    {
        var monday1400Utc = new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);
        var newYork = Calendar(o => o.TimeZone = "America/New_York");

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), _calendar.Add(monday1400Utc, TimeSpan.FromHours(4)));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 18, 0, 0, TimeSpan.Zero), newYork.Add(monday1400Utc, TimeSpan.FromHours(4)));
    }

    [Fact]
    public void Elapsed_BackwardsOrEmpty_IsZero_AndAddOfZeroIsTheStart()
    {
        var t = ParisTime(2026, 11, 23, 10);

        Assert.Equal(TimeSpan.Zero, _calendar.Elapsed(t, t.AddHours(-3)));
        Assert.Equal(TimeSpan.Zero, _calendar.Elapsed(ParisTime(2026, 11, 28, 9), ParisTime(2026, 11, 29, 17)));
        Assert.Equal(t, _calendar.Add(t, TimeSpan.Zero));
    }

    [Fact]
    public void Elapsed_UndoesAdd_FromManyStartsAcrossBothChanges()
    {
        var random = new Random(20260329);
        for (var i = 0; i < 500; i++)
        {
            var start = new DateTimeOffset(2026, 3, 20, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 60 * 24 * 230));
            var duration = TimeSpan.FromMinutes(random.Next(1, 60 * 60));

            var due = _calendar.Add(start, duration);

            Assert.Equal(duration, _calendar.Elapsed(start, due));
            Assert.Equal(TimeSpan.Zero, due.Offset);
        }
    }

    [Theory]
    [InlineData("Mars/Olympus", null, null, null, "ServiceLevels:BusinessHours:TimeZone 'Mars/Olympus' is not a known time zone")]
    [InlineData(null, "18:00", "08:00", null, "ServiceLevels:BusinessHours:End (08:00) must be after ServiceLevels:BusinessHours:Start (18:00)")]
    [InlineData(null, "8h", null, null, "ServiceLevels:BusinessHours:Start '8h' is not a time of day as HH:mm")]
    [InlineData(null, null, null, "25/12/2026", "ServiceLevels:BusinessHours:Holidays entry '25/12/2026' is not a date as yyyy-MM-dd")]
    public void Create_BadSetting_SaysWhichSetting(string? zone, string? start, string? end, string? holiday, string expected)
    {
        var options = ParisOptions().BusinessHours;
        options.TimeZone = zone ?? options.TimeZone;
        options.Start = start ?? options.Start;
        options.End = end ?? options.End;
        options.Holidays = holiday is null ? options.Holidays : [holiday];

        var (calendar, errors) = BusinessCalendar.Create(options);

        Assert.Null(calendar);
        Assert.StartsWith(expected, Assert.Single(errors), StringComparison.Ordinal);
    }
}
