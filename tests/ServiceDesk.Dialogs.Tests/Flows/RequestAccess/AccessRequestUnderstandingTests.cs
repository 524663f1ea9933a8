using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Turns;
using static ServiceDesk.Dialogs.Flows.RequestAccess.AccessRequestCards;

namespace ServiceDesk.Dialogs.Tests.Flows.RequestAccess;

/// <summary>
/// The first message through the real router, against the shipped catalogue (several teams' sites, shares and
/// Teams groups): a clear match is taken and said, a near one asked, a missing one said missing; what the message
/// already says (reason, level, end date) is not asked again and can be changed on the summary.
/// </summary>
public sealed class AccessRequestUnderstandingTests
{
    private readonly AccessHarness _h = new(ShippedAccessCatalogue.Options());

    [Fact]
    public async Task ClearMatch_WithReasonLevelAndEndDate_GoesStraightToTheSummary()
    {
        await Expect(_h.TypeAsync("en-US", "I need read only access to the finance share until March 31 because I joined the budget team"),
            "text: I understood: Finance shared folder (Shared folder).",
            "text: From your message I also took the level Read, the end date Wednesday, March 31, 2027, your reason; you can change it on the summary.",
            "card: Check your request");
        Assert.Contains("Because I joined the budget team", CardInspection.AllText(_h.LastCard!), StringComparison.Ordinal);

        await _h.PressAsync("en-US", SendVerb);

        var access = Assert.Single(_h.Tickets.All).Access!;
        Assert.Equal(("finance-shared-folder", "read", "Because I joined the budget team", (DateOnly?)new DateOnly(2027, 3, 31)),
            (access.ResourceId, access.Level, access.Justification, access.EndDate));
    }

    [Theory]
    [InlineData("en-US", "visio pls", "text: I understood: Visio licence (Licence).")]
    [InlineData("fr-FR", "il me faut ms project pour faire des plannings gantt", "text: J'ai compris : Licence Microsoft Project (Licence).")]
    public async Task OnlyTheCatalogueKnowsIt_AWishNamingOneResourceClearly_IsARequestForIt(string locale, string text, string expected)
    {
        // No cue of the recogniser fits: the catalogue's names and aliases make it a request instead of a question.
        var replies = RouterHarness.Describe(await _h.TypeAsync(locale, text));

        Assert.Equal(expected, replies[0]);
    }

    [Theory]
    [InlineData("en-US", "visio crashes when I open a big diagram")]
    [InlineData("fr-FR", "ms project plante à l'ouverture du planning")]
    public async Task AResourceNamedInAFault_IsNotARequest(string locale, string text)
    {
        var replies = RouterHarness.Describe(await _h.TypeAsync(locale, text));

        Assert.DoesNotContain(replies, r => r.Contains("understood", StringComparison.Ordinal) || r.Contains("compris", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClearMatch_French_ReasonTaken_OnlyTheEndDateIsAsked()
    {
        await Expect(_h.TypeAsync("fr-FR", "j'ai besoin d'un accès en lecture seule au dossier partagé RH car je prépare les contrats des nouveaux arrivants"),
            "text: J'ai compris : Dossier partagé RH (Dossier partagé).",
            "text: J'ai aussi repris de votre message le niveau Lecture, votre justification ; vous pourrez le modifier sur le récapitulatif.",
            "card: Cet accès est-il temporaire ? Choisissez la date à laquelle il doit prendre fin, ou laissez vide pour un accès permanent.");
        await Expect(_h.TypeAsync("fr-FR", "pendant deux semaines"), "card: Vérifiez votre demande");
        Assert.Contains("Jusqu'au: dimanche 6 décembre 2026", CardInspection.AllText(_h.LastCard!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_ChangeReason_ComesBackToTheSummaryWithTheNewReason()
    {
        await _h.TypeAsync("en-US", "Visio licence please, because I draw the network plans for the new office");
        await Expect(_h.TypeAsync("en-US", "none"), "card: Check your request");
        Assert.Contains("Because I draw the network plans for the new office", CardInspection.AllText(_h.LastCard!), StringComparison.Ordinal);

        await Expect(_h.PressAsync("en-US", EditVerb, new { field = JustificationField }), "invoke card: Why do you need this access? Say what you will use it for (20 to 1000 characters).");
        Assert.Equal("Because I draw the network plans for the new office", (string?)CardInspection.Input(_h.LastCard!, JustificationField)!["value"]);
        await Expect(_h.TypeAsync("en-US", "I document the data centre move in diagrams."), "card: Check your request");

        Assert.Contains("I document the data centre move in diagrams.", CardInspection.AllText(_h.LastCard!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoTeamsSites_NoTeamNamed_AsksWhichOne_AndThePickIsTaken()
    {
        await Expect(_h.TypeAsync("en-US", "I need access to sharepoint"), "card: Did you mean one of these? (you wrote \"I need access to sharepoint\")");
        var titles = _h.LastCard!.Actions!.Select(a => a.Title).ToList();
        Assert.Equal(["1. Marketing SharePoint site", "2. Finance SharePoint site", "3. HR SharePoint site", "4. Sales SharePoint site", "None of these"], titles);

        await Expect(_h.PressAsync("en-US", AnswerVerb, new { resource = "hr-sharepoint" }), "invoke card: Which access level do you need for HR SharePoint site?");
    }

    [Fact]
    public async Task DidYouMean_TypedNameWithATypo_OrItsNumber_IsTaken()
    {
        await _h.TypeAsync("en-US", "I need access to sharepoint");

        await Expect(_h.TypeAsync("en-US", "the finanse one"), "text: I understood: Finance SharePoint site (Site).", "card: Which access level do you need for Finance SharePoint site?");
    }

    [Theory]
    [InlineData("en-US", "the second one", "Finance SharePoint site")]
    [InlineData("fr-FR", "le premier", "Site SharePoint Marketing")]
    [InlineData("en-US", "the last one", "Sales SharePoint site")]
    [InlineData("fr-FR", "celui des RH", "Site SharePoint RH")]
    public async Task DidYouMean_AnsweredByPlaceOrByMeaning(string locale, string answer, string name)
    {
        await _h.TypeAsync(locale, locale == "fr-FR" ? "accès au site sharepoint" : "I need access to sharepoint");

        var described = RouterHarness.Describe(await _h.TypeAsync(locale, answer));

        Assert.Contains(name, described[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(described, d => d.Contains("Did you mean", StringComparison.Ordinal) || d.Contains("Vouliez-vous", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en-US", "just need to read stuff", "read")]
    [InlineData("fr-FR", "lecture seule svp", "read")]
    [InlineData("en-US", "the last one", "admin")]
    [InlineData("en-US", "contribtue", "contribute")]
    public async Task Level_AnsweredByMeaning(string locale, string answer, string level)
    {
        await _h.TypeAsync(locale, "I need access to the CRM");
        await _h.TypeAsync(locale, answer);
        await _h.TypeAsync(locale, "I take over the key accounts of the western region.");
        await _h.TypeAsync(locale, locale == "fr-FR" ? "aucune" : "none");
        await _h.TypeAsync(locale, locale == "fr-FR" ? "oui" : "yes");

        Assert.Equal(level, Assert.Single(_h.Tickets.All).Access!.Level);
    }

    [Fact]
    public async Task DidYouMean_NoneOfThese_ShowsTheWholeCatalogueByKind_WithAPerson()
    {
        await _h.TypeAsync("fr-FR", "accès finance");

        await Expect(_h.PressAsync("fr-FR", NotListedVerb), "invoke card: À quelle ressource avez-vous besoin d'accéder ? Choisissez-la dans la liste ou tapez son nom.");
        var choices = CardInspection.Texts(_h.LastCard!).Where(t => t.StartsWith("choice", StringComparison.Ordinal)).ToList();
        Assert.Equal(ShippedAccessCatalogue.Options().Resources.Count, choices.Count);
        Assert.StartsWith("choice crm: 1. CRM (Dynamics 365 Sales) (Application)", choices[0], StringComparison.Ordinal);
        Assert.StartsWith("choice sales-sharepoint: 19. Site SharePoint Ventes (Site)", choices[^1], StringComparison.Ordinal);
        Assert.Contains(_h.LastCard!.Actions!.OfType<ExecuteAction>(), a => a.Verb == EngineVerbs.Human);
    }

    [Fact]
    public async Task DidYouMean_TypedNone_ShowsTheCatalogue()
    {
        await _h.TypeAsync("en-US", "access to the finance stuff please");

        await Expect(_h.TypeAsync("en-US", "none of these"), "card: Which resource do you need access to? Pick it in the list or type its name.");
    }

    [Theory]
    [InlineData("en-US", "I need access to Jira", "card: I can't find \"I need access to Jira\" in the access catalogue.")]
    [InlineData("en-US", "access to the legal sharepoint site please", "card: I can't find \"access to the legal sharepoint site please\" in the access catalogue.")]
    [InlineData("fr-FR", "j'ai besoin d'une licence AutoCAD", "card: Je ne trouve pas « j'ai besoin d'une licence AutoCAD » dans le catalogue des accès.")]
    public async Task NotInTheCatalogue_SaysSo_OffersTheCatalogueAndAPerson(string locale, string text, string expected)
    {
        await Expect(_h.TypeAsync(locale, text), expected);

        Assert.Contains(_h.LastCard!.Actions!.OfType<ExecuteAction>(), a => a.Verb == EngineVerbs.Human);
        Assert.Empty(_h.Tickets.All);
    }

    [Theory]
    [InlineData("en-US", "I need read access to the HR shared folder for the yearly audit", "your reason")]
    [InlineData("en-US", "read only on the HR shared folder please, my manager asked me to check the templates", "your reason")]
    [InlineData("fr-FR", "accès en lecture au dossier partagé RH pour le projet Atlas", "votre justification")]
    [InlineData("fr-FR", "il me faut le dossier partagé RH en lecture, mon manager veut que je relise les modèles", "votre justification")]
    public async Task AReasonGivenInTheFirstMessage_IsTakenAndNotAskedAgain(string locale, string text, string took)
    {
        var replies = RouterHarness.Describe(await _h.TypeAsync(locale, text));

        Assert.True(replies.Any(r => r.Contains(took, StringComparison.Ordinal)), string.Join(" || ", replies));
        Assert.DoesNotContain(replies, r => r.Contains("Why do you need", StringComparison.Ordinal) || r.Contains("Pourquoi avez-vous besoin", StringComparison.Ordinal));
        var summary = RouterHarness.Describe(await _h.TypeAsync(locale, locale == "fr-FR" ? "aucune" : "none"));
        Assert.True(summary.SequenceEqual([locale == "fr-FR" ? "card: Vérifiez votre demande" : "card: Check your request"]), string.Join(" || ", summary));
        await _h.PressAsync(locale, SendVerb);
        var access = Assert.Single(_h.Tickets.All).Access!;
        Assert.Equal(("hr-shared-folder", "read"), (access.ResourceId, access.Level));
        Assert.False(string.IsNullOrWhiteSpace(access.Justification));
    }

    private static async Task Expect(Task<TurnResult> turn, params string[] expected)
    {
        var described = RouterHarness.Describe(await turn);
        Assert.True(expected.SequenceEqual(described), $"expected [{string.Join(" || ", expected)}]\n got [{string.Join(" || ", described)}]");
    }
}
