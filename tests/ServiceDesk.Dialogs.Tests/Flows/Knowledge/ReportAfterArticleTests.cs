using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Routing;

namespace ServiceDesk.Dialogs.Tests.Flows.Knowledge;

/// <summary>
/// What comes after an article: a way to report it under every answer; the wish to report it typed ("report it",
/// "ouvrez un ticket") starts the form for that question, never "my tickets"; "no" to an article offered for a problem
/// before its form goes on to that form; "no" to an answered how-to still asks first; "didn't help" after an article
/// answered aside inside a form carries on with the form.
/// </summary>
public sealed class ReportAfterArticleTests
{
    private readonly RouterHarness _harness = new RouterHarness().WithIncidentFlow();

    [Theory]
    [InlineData("report it")]
    [InlineData("Report it please")]
    [InlineData("open a ticket then")]
    [InlineData("ok, can you raise a ticket for this")]
    [InlineData("I'd like to log an incident")]
    [InlineData("a ticket then")]
    [InlineData("no, open a ticket")]
    [InlineData("je veux le signaler")]
    [InlineData("je veux le signaler, ouvrez un ticket")]
    [InlineData("ok fais un ticket")]
    [InlineData("bon, on peut faire un ticket alors ?")]
    [InlineData("je préfère déclarer un incident")]
    public void WishesReport_ReportingWords_AreAWish(string text) => Assert.True(KnowledgeFeedback.WishesReport(text));

    [Theory]
    [InlineData("")]
    [InlineData("my tickets")]
    [InlineData("show me my tickets")]
    [InlineData("mes tickets")]
    [InlineData("open it")]
    [InlineData("report that my screen is broken")]
    [InlineData("I want to report a problem with my printer")]
    [InlineData("je veux signaler que mon écran clignote")]
    [InlineData("what is the status of my ticket")]
    [InlineData("no")]
    [InlineData("thanks")]
    [InlineData("no problem")]
    [InlineData("ok the issue then")]
    public void WishesReport_AnythingElse_IsNot(string text) => Assert.False(KnowledgeFeedback.WishesReport(text));

    [Fact]
    public async Task AnsweredQuestion_OffersToReportIt_UnderTheArticle()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(("type: how do I connect to the vpn?", "Connect to the VPN"));

        Assert.Contains("No, report it", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "how do I connect to the vpn?", "report it", "Step")]
    [InlineData("en-US", "how do I connect to the vpn?", "open a ticket then", "Step")]
    [InlineData("fr-FR", "comment me connecter au vpn ?", "je veux le signaler, ouvrez un ticket", "Étape")]
    [InlineData("fr-FR", "comment me connecter au vpn ?", "ok fais un ticket", "Étape")]
    public async Task TypedWishToReport_AfterAnArticle_StartsTheFormForThatQuestion(string locale, string question, string wish, string step)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(("type: " + question, "VPN"), ("type: " + wish, step));

        var shown = ConversationScript.Text(script.LastResult!);
        Assert.DoesNotContain("INC-", shown, StringComparison.Ordinal);
        Assert.False(Assert.Single(_harness.Deflections.Recorded).Helpful);
        await FinishAsync(script, locale);
        Assert.Equal(question, Assert.Single(_harness.Tickets.All).Description);
    }

    [Fact]
    public async Task TypedWishToReport_AfterTheApology_StartsTheForm_Once()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("type: how do I connect to the vpn?", "Connect to the VPN"),
            ("type: no", "Sorry that didn't help."),
            ("type: ok open a ticket", "Step"));

        Assert.Single(_harness.Deflections.Recorded);
        await FinishAsync(script, "en-US");

        // Reported: the question is spent, a second wish is an ordinary new report (an empty form), not that question again.
        await script.PlayAsync(("type: open a ticket", "Step 1 of 5"));
        Assert.DoesNotContain("I've filled in", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
        Assert.Single(_harness.Deflections.Recorded);
    }

    [Theory]
    [InlineData("en-US", "how do I connect to the vpn?", "yes", "Step")]
    [InlineData("en-US", "how do I connect to the vpn?", "yes please", "Step")]
    [InlineData("fr-FR", "comment me connecter au vpn ?", "oui", "Étape")]
    public async Task TypedYes_ToTheOfferAfterNo_StartsTheForm(string locale, string question, string yes, string step)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(("type: " + question, "VPN"), ("type: no", ""), ("type: " + yes, step));

        // One "not helpful", no "helpful": the yes answered the offer, not the article.
        Assert.False(Assert.Single(_harness.Deflections.Recorded).Helpful);
    }

    [Fact]
    public async Task TypedWishToReport_WithNoArticleShown_IsAnOrdinaryMessage()
    {
        await new ConversationScript(_harness, "en-US").PlayAsync(("type: report it", ""));

        Assert.Empty(_harness.Deflections.Recorded);
    }

    [Theory]
    [InlineData("no")]
    [InlineData("nope didn't help")]
    [InlineData("ça marche pas")]
    public async Task TypedNo_ToAnArticleOfferedBeforeTheForm_GoesOnToTheForm(string no)
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("type: outlook keeps asking for my password, what do I do?", "Before we open an incident, this may solve it:"),
            ("type: " + no, "Sorry that didn't help. Let's open an incident with your question. ‖ I've filled in what I understood from your message: Email"));

        Assert.False(Assert.Single(_harness.Deflections.Recorded).Helpful);
    }

    [Fact]
    public async Task TypedNo_ToAnAnsweredHowTo_StillAsksFirst_WithReportIt()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(("type: how do I connect to the vpn?", "Connect to the VPN"), ("type: nope didn't help", "Sorry that didn't help."));

        var shown = ConversationScript.Text(script.LastResult!);
        Assert.Contains("Report it", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Step", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "how do I change my password?", "that didn't help", "Sorry that didn't help. ‖ Now, back to your incident report:", "printing", "In a few words")]
    [InlineData("fr-FR", "comment changer mon mot de passe ?", "ça marche pas", "Désolé que cela ne vous ait pas aidé. ‖ Revenons à votre signalement d'incident", "impression", "En quelques mots")]
    public async Task DidntHelp_AfterAnArticleAnsweredAside_TheFormCarriesOn(string locale, string question, string no, string said, string answer, string next)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(("type: report an incident", ""), ("type: " + question, ""), ("type: " + no, said));

        Assert.False(Assert.Single(_harness.Deflections.Recorded).Helpful);
        Assert.Empty(_harness.Tickets.All);

        // The step that came back takes the next message.
        await script.PlayAsync(("type: " + answer, next));
    }

    [Fact]
    public async Task BareNo_AfterAnArticleAnsweredAside_IsTheStepsAnswer()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(("type: report an incident", ""), ("type: how do I change my password?", ""), ("type: no", ""));

        Assert.Empty(_harness.Deflections.Recorded);
    }

    // Plain answers until the ticket is created: what the question did not say, then create.
    private static async Task FinishAsync(ConversationScript script, string locale)
    {
        var french = locale.StartsWith("fr", StringComparison.Ordinal);
        for (var i = 0; i < 6 && !ConversationScript.Text(script.LastResult!).Contains("INC-", StringComparison.Ordinal); i++)
        {
            var shown = ConversationScript.Text(script.LastResult!);
            var ready = shown.Contains(french ? "Prêt à créer" : "Ready to create", StringComparison.Ordinal);
            await script.DoAsync("type: " + (ready ? (french ? "créer" : "create") : "1"));
        }

        Assert.Contains("INC-", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
    }
}
