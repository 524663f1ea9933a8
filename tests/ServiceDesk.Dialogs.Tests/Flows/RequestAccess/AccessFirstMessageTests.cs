using ServiceDesk.Dialogs.Flows.RequestAccess;

namespace ServiceDesk.Dialogs.Tests.Flows.RequestAccess;

public sealed class AccessFirstMessageTests
{
    // Sunday 22 November 2026; at most 365 days; a reason of 20 to 1000 characters.
    private static readonly AccessLimits Limits = new(20, 1000, new DateOnly(2026, 11, 22), 365);

    [Theory]
    [InlineData("I need access to the finance share because I joined the budget team", "Because I joined the budget team")]
    [InlineData("SAP please, I'm the new accounts payable clerk", "I'm the new accounts payable clerk")]
    [InlineData("accès au partage RH car je remplace Sophie pendant son congé", "Car je remplace Sophie pendant son congé")]
    [InlineData("j'ai besoin de Visio parce que je fais les plans du nouveau site", "Parce que je fais les plans du nouveau site")]
    [InlineData("CRM access because of audit", "CRM access because of audit")]
    public void Read_Reason_FromItsFirstWord_OrTheWholeMessageWhenShort(string text, string expected)
    {
        Assert.Equal(expected, AccessFirstMessage.Read(text, Limits, dayFirst: false).Justification);
    }

    [Theory]
    [InlineData("I need access to the finance share")]
    [InlineData("visio because")]
    [InlineData("")]
    public void Read_NoReasonOrTooShort_LeavesItToBeAsked(string text)
    {
        Assert.Null(AccessFirstMessage.Read(text, Limits, dayFirst: false).Justification);
    }

    [Theory]
    [InlineData("read only access to the HR share", "read")]
    [InlineData("accès en lecture seule au dossier finance", "read")]
    [InlineData("I need read and write on the marketing site", "contribute")]
    [InlineData("droits en écriture sur le partage RH", "contribute")]
    [InlineData("make me admin of the CRM", "admin")]
    [InlineData("add me as owner of the finance team", "owner")]
    [InlineData("I need the CRM", null)]
    public void Read_Level(string text, string? expected)
    {
        Assert.Equal(expected, AccessFirstMessage.Read(text, Limits, dayFirst: false).Level);
    }

    [Theory]
    [InlineData("until March 31", false, "2027-03-31")]
    [InlineData("till the 31st of march 2027", false, "2027-03-31")]
    [InlineData("jusqu'au 31 mars", true, "2027-03-31")]
    [InlineData("jusqu'à fin mars", true, "2027-03-31")]
    [InlineData("until end of the month", false, "2026-11-30")]
    [InlineData("until 12/15", false, "2026-12-15")]
    [InlineData("jusqu'au 15/12", true, "2026-12-15")]
    [InlineData("until 2027-01-10", false, "2027-01-10")]
    [InlineData("for two weeks", false, "2026-12-06")]
    [InlineData("pendant 3 mois", true, "2027-02-22")]
    [InlineData("pour une semaine", true, "2026-11-29")]
    [InlineData("until December 1", false, "2026-12-01")]
    public void Read_EndDate(string text, bool dayFirst, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), AccessFirstMessage.Read($"access to the CRM {text}", Limits, dayFirst).EndDate);
    }

    [Theory]
    [InlineData("access to the CRM until 31 february")]
    [InlineData("access to the CRM until 2030-01-01")]
    [InlineData("access to the CRM until 2020-01-01")]
    [InlineData("access to the CRM for my team")]
    [InlineData("I need access to the finance share for the audit")]
    public void Read_NoEndDate_ImpossibleOrOutOfRange_LeavesItToBeAsked(string text)
    {
        Assert.Null(AccessFirstMessage.Read(text, Limits, dayFirst: false).EndDate);
    }
}
