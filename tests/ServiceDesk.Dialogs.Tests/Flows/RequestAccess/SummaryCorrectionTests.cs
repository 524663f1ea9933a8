using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Flows.RequestAccess;

/// <summary>
/// A correction typed at the access request's and the new starter's summaries, through the real router over the
/// shipped catalogue: the value typed with it is taken and the summary shown again; a field named without a value, or
/// with one its step does not take, reopens that step. Sentences written for these tests. Jean asks on Sunday 22
/// November 2026.
/// </summary>
public sealed class SummaryCorrectionTests
{
    private const string Reason = "I publish the campaign calendar for the whole team every week.";
    private readonly AccessHarness _h = new(ShippedAccessCatalogue.Options());

    [Fact]
    public async Task Access_TheReasonTypedWithItsCorrection_IsTakenAndTheSummaryShownAgain()
    {
        await ToAccessSummaryAsync("en-US");

        Assert.Contains("card: Check your request", await Said(_h.TypeAsync("en-US", "oh wait, make the reason: we run the spring campaign from this site and I edit its pages")));
        await _h.TypeAsync("en-US", "yes");

        Assert.Equal("we run the spring campaign from this site and I edit its pages", Assert.Single(_h.Tickets.All).Access!.Justification);
    }

    [Fact]
    public async Task Access_ADateSaidAlone_IsTheEndDate()
    {
        await ToAccessSummaryAsync("en-US");

        Assert.Contains("card: Check your request", await Said(_h.TypeAsync("en-US", "can you make it until 2027-02-28")));
        await _h.TypeAsync("en-US", "yes");

        Assert.Equal(new DateOnly(2027, 2, 28), Assert.Single(_h.Tickets.All).Access!.EndDate);
    }

    [Fact]
    public async Task Access_AnotherResourceSaidInsteadOfTheOne_IsTaken_TheLevelKept()
    {
        await ToAccessSummaryAsync("en-US");

        Assert.Contains("card: Check your request", await Said(_h.TypeAsync("en-US", "sorry it should be the Sales site rather than Marketing")));
        await _h.TypeAsync("en-US", "yes");

        var access = Assert.Single(_h.Tickets.All).Access!;
        Assert.Equal(("sales-sharepoint", "contribute"), (access.ResourceId, access.Level));
    }

    [Fact]
    public async Task Access_French_TheEndDateSaidToBeADate_IsTaken()
    {
        await ToAccessSummaryAsync("fr-FR");

        Assert.Contains("card: Vérifiez votre demande", await Said(_h.TypeAsync("fr-FR", "la date de fin c'est le 15/01/2027")));
        await _h.TypeAsync("fr-FR", "oui");

        Assert.Equal(new DateOnly(2027, 1, 15), Assert.Single(_h.Tickets.All).Access!.EndDate);
    }

    [Theory]
    [InlineData("en-US", "change the level to something weird", "card: Which access level do you need for Marketing SharePoint site?")]
    [InlineData("en-US", "change the reason", "card: Why do you need this access?")]
    [InlineData("fr-FR", "le motif c'est pas le bon", "card: Pourquoi avez-vous besoin de cet accès ?")]
    public async Task Access_AFieldNamedWithoutAValueItTakes_ReopensItsStep_NeverARefusal(string locale, string typed, string step)
    {
        await ToAccessSummaryAsync(locale);

        var said = await Said(_h.TypeAsync(locale, typed));

        Assert.Contains(said, s => s.StartsWith(step, StringComparison.Ordinal));
        Assert.DoesNotContain(said, s => s.Contains("error:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en-US", "can you install Visio on my laptop", "I draw the office floor plans", "sorry, change the reason to I draw the floor plans of the new building", "I draw the floor plans of the new building")]
    [InlineData("fr-FR", "il me faudrait un deuxième écran", "je travaille sur des plans", "le motif c'est : je compare deux versions des plans toute la journée", "je compare deux versions des plans toute la journée")]
    public async Task SoftwareAndHardware_TheReasonTypedWithItsCorrection_IsTaken(string locale, string asked, string reason, string typed, string taken)
    {
        await _h.TypeAsync(locale, asked);
        var summary = await Said(_h.TypeAsync(locale, reason));
        var title = locale == "fr-FR" ? "card: Vérifiez votre demande" : "card: Check your request";
        Assert.Contains(title, summary);

        Assert.Contains(title, await Said(_h.TypeAsync(locale, typed)));
        await _h.TypeAsync(locale, locale == "fr-FR" ? "oui" : "yes");

        Assert.Equal(taken, Assert.Single(_h.Tickets.All).Access!.Justification);
    }

    [Fact]
    public async Task NewStarter_TheSurnameSaidWithTheWrongOne_ChangesOnlyThatPart()
    {
        await _h.TypeAsync("en-US", "new starter next Monday: Julie Martin, needs CRM and the finance share");

        Assert.Contains("card: Check your request", await Said(_h.TypeAsync("en-US", "her last name is Marten, not Martin")));
        Assert.Contains("card: Check your request", await Said(_h.TypeAsync("en-US", "and her email is julie.marten@example.com")));
        await _h.TypeAsync("en-US", "yes");

        var starter = Assert.Single(_h.Tickets.All).NewStarter!;
        Assert.Equal(("Julie Marten", "julie.marten@example.com"), (starter.Name, starter.Email));
    }

    [Fact]
    public async Task NewStarter_French_TheNameAndTheStartDateCorrected()
    {
        await _h.TypeAsync("fr-FR", "nouvel arrivant lundi prochain : Paul Durant, il lui faut un casque");

        Assert.Contains("card: Vérifiez votre demande", await Said(_h.TypeAsync("fr-FR", "son nom de famille s'écrit Durand, pas Durant")));
        Assert.Contains("card: Vérifiez votre demande", await Said(_h.TypeAsync("fr-FR", "mettez plutôt le 2026-12-01")));
        await _h.TypeAsync("fr-FR", "oui");

        var starter = Assert.Single(_h.Tickets.All).NewStarter!;
        Assert.Equal(("Paul Durand", new DateOnly(2026, 12, 1)), (starter.Name, starter.StartDate));
    }

    /// <summary>An access to the Marketing site, contribute, with a reason and no end date: the summary.</summary>
    private async Task ToAccessSummaryAsync(string locale)
    {
        var fr = locale == "fr-FR";
        await _h.TypeAsync(locale, fr ? "j'ai besoin d'un accès au site SharePoint Marketing" : "I need access to the Marketing SharePoint site");
        await _h.TypeAsync(locale, fr ? "contribution" : "contribute");
        await _h.TypeAsync(locale, fr ? "Je publie le calendrier des campagnes de l'équipe chaque semaine." : Reason);
        Assert.Contains(fr ? "card: Vérifiez votre demande" : "card: Check your request", await Said(_h.TypeAsync(locale, fr ? "aucune" : "none")));
    }

    private static async Task<IReadOnlyList<string>> Said(Task<TurnResult> turn) => RouterHarness.Describe(await turn);
}
