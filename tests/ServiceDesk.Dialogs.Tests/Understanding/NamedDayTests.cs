using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

/// <summary>The day a message names for a ticket it asks about, seen from Monday 7 December 2026.</summary>
public sealed class NamedDayTests
{
    private static readonly DateOnly Monday = new(2026, 12, 7);

    [Theory]
    [InlineData("the ticket I opened tuesday", "2026-12-01")]
    [InlineData("what about the one from thurs", "2026-12-03")]
    [InlineData("logged it on fri", "2026-12-04")]
    [InlineData("mon ticket de mercredi dernier", "2026-12-02")]
    [InlineData("la demande d'hier", "2026-12-06")]
    [InlineData("ma demande d'avant-hier", "2026-12-05")]
    [InlineData("the one from yday", "2026-12-06")]
    [InlineData("any news about the thing from the 3rd", "2026-12-03")]
    [InlineData("le ticket du 1er décembre", "2026-12-01")]
    [InlineData("le ticket du 30", "2026-11-30")]
    [InlineData("my ticket from nov 28", "2026-11-28")]
    public void Of_ADayNamed_IsItsMostRecentDate(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NamedDay.Of(TextFolding.Words(text), Monday)[0]);

    [Fact]
    public void Of_AWeekday_IsThisWeeksThenLastWeeks() =>
        Assert.Equal([new DateOnly(2026, 12, 7), new DateOnly(2026, 11, 30)], NamedDay.Of(TextFolding.Words("the ticket from monday"), Monday));

    [Theory]
    [InlineData("the printer on the 2nd floor is jammed")]
    [InlineData("mon écran clignote depuis 2 jours")]
    [InlineData("it takes 10 minutes to start")]
    [InlineData("mon pc portable ne démarre plus")]
    [InlineData("the wed printer is broken")]
    [InlineData("I may need access")]
    public void Of_NoDayNamed_IsEmpty(string text) => Assert.Empty(NamedDay.Of(TextFolding.Words(text), Monday));
}
