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
    [InlineData("I need access to the finance share for the audit", "I need access to the finance share for the audit")]
    [InlineData("CRM read access please, my manager asked me to follow the key accounts", "My manager asked me to follow the key accounts")]
    [InlineData("need contribute on the marketing site to upload the new brochures", "To upload the new brochures")]
    [InlineData("can I get SAP, I'm taking over supplier payments from Anna", "I'm taking over supplier payments from Anna")]
    [InlineData("Photoshop licence please, for retouching the catalogue pictures", "For retouching the catalogue pictures")]
    [InlineData("the finance intranet please, I need it for the year-end closing", "For the year-end closing")]
    [InlineData("accès au partage RH pour le projet Atlas", "Pour le projet Atlas")]
    [InlineData("j’ai besoin de la compta SAP pour l’audit", "j’ai besoin de la compta SAP pour l’audit")]
    [InlineData("une licence visio pour dessiner les plans de l'entrepot", "Pour dessiner les plans de l'entrepot")]
    [InlineData("mon responsable m'a demandé de suivre le budget, accès au reporting finance svp", "Mon responsable m'a demandé de suivre le budget, accès au reporting finance svp")]
    [InlineData("accès au lecteur finance svp, je remplace Marc pendant ses congés", "Je remplace Marc pendant ses congés")]
    [InlineData("acces au site commercial, a la demande de mon directeur", "A la demande de mon directeur")]
    [InlineData("access to the legal drive please, I need the signed supplier agreements", "I need the signed supplier agreements")]
    [InlineData("pouvez-vous me donner le lecteur RH ? j'ai besoin des fiches de poste", "J'ai besoin des fiches de poste")]
    [InlineData("write access on the finance share for the month end close", "For the month end close")]
    public void Read_Reason_APurposeAPersonAskingOrARoleTakenOver(string text, string expected)
    {
        Assert.Equal(expected, AccessFirstMessage.Read(text, Limits, dayFirst: text.Contains("accès", StringComparison.Ordinal)).Justification);
    }

    [Theory]
    [InlineData("I need access to the finance share")]
    [InlineData("I need a licence for the PDF editor")]
    [InlineData("can I get access for the HR portal site")]
    [InlineData("access to the CRM for two weeks")]
    [InlineData("access to the CRM for the next three months")]
    [InlineData("need the legal contracts folder, read only")]
    [InlineData("accès au CRM pour une semaine")]
    [InlineData("une licence power bi pour moi svp")]
    [InlineData("je dois consulter le portail RH")]
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
