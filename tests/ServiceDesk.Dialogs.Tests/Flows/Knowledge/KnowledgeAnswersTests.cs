using Moq;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Routing;

namespace ServiceDesk.Dialogs.Tests.Flows.Knowledge;

/// <summary>Flow 4's wiring: a question gets the best passage or "I don't know"; helpful is a deflection; not helpful starts Flow 1.</summary>
public sealed class KnowledgeAnswersTests
{
    private readonly RouterHarness _harness = new RouterHarness().WithIncidentFlow();

    [Fact]
    public async Task English_Question_Helpful_IsADeflection()
    {
        await new ConversationScript(_harness, "en-US").PlayAsync(
            ("type: how do I reset my password?", "Reset your password | 1\\. Go to https://aka.ms/sspr"),
            ("press: kb.helpful", "Great, thanks for letting me know!"));

        Assert.Equal("password-reset", Assert.Single(_harness.Deflections.Recorded).ArticleId);
    }

    [Fact]
    public async Task French_Question_NotHelpful_StartsAnIncidentWithTheQuestion()
    {
        var script = new ConversationScript(_harness, "fr-FR");
        await script.PlayAsync(
            ("type: où trouver la procédure pour le mot de passe oublié ?", "Réinitialiser votre mot de passe"),
            ("press: kb.notHelpful", "Désolé que cela ne vous ait pas aidé"),
            ("type: 1", "Étape 5 sur 5"),
            ("type: 1", "Catégorie: Compte et mot de passe"),
            ("type: créer", "Ticket INC-000001 créé"));

        // What the question said (its category, a title from it) is not asked again; the rejected article is not suggested.
        Assert.DoesNotContain("Réinitialiser votre mot de passe", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
        var answer = Assert.Single(_harness.Deflections.Recorded);
        Assert.False(answer.Helpful);
        Assert.Equal("password-reset", answer.ArticleId);
        Assert.Equal("où trouver la procédure pour le mot de passe oublié ?", Assert.Single(_harness.Tickets.All).Description);
    }

    [Theory]
    [InlineData("en-US", "type: what is the meaning of life?", "I don't know the answer to that one.")]
    [InlineData("fr-FR", "type: quelle est la couleur du ciel ?", "Je ne connais pas la réponse à cette question.")]
    // Only emoji has no words to search: the router says so (and shows the menu) rather than "I don't know".
    [InlineData("en-US", "type: 🙂🙂🙂", "I couldn't find any words in that.")]
    [InlineData("fr-FR", "type: مرحبا كيف حالك", "Je ne connais pas la réponse à cette question.")]
    public async Task UnknownQuestion_SaysItDoesNotKnow_AndOffersATicket(string locale, string does, string expected)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync((does, expected));

        await script.PlayAsync(("press: kb.notHelpful", locale.StartsWith("fr", StringComparison.Ordinal) ? "Étape 1 sur 5" : "Step 1 of 5"));
        Assert.Empty(_harness.Deflections.Recorded);
    }

    [Fact]
    public async Task FullArticle_IsShownLiterally()
    {
        await new ConversationScript(_harness, "en-US").PlayAsync(
            ("type: how do I connect to the vpn?", "Connect to the VPN"),
            ("press: kb.full", "Open the VPN client and sign in."));
    }

    [Fact]
    public async Task HelpfulWithAForgedArticle_RecordsNothing()
    {
        await new ConversationScript(_harness, "en-US").PlayAsync(
            ("press: kb.helpful {\"articleId\": \"no-such-article\"}", "This button is no longer available."));

        Assert.Empty(_harness.Deflections.Recorded);
    }

    [Theory]
    [InlineData("en-US", "no", "Sorry that didn't help.")]
    [InlineData("en-US", "didn't help", "Sorry that didn't help.")]
    [InlineData("en-US", "non", "Sorry that didn't help.")]
    [InlineData("fr-FR", "pas vraiment", "Désolé que cela ne vous ait pas aidé.")]
    [InlineData("fr-FR", "no", "Désolé que cela ne vous ait pas aidé.")]
    public async Task TypedNo_AfterAnArticle_OffersAnIncident_NeverAnotherArticle(string locale, string no, string sorry)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(
            (locale.StartsWith("fr", StringComparison.Ordinal) ? "type: comment me connecter au vpn ?" : "type: how do I connect to the vpn?",
                locale.StartsWith("fr", StringComparison.Ordinal) ? "Se connecter au VPN" : "Connect to the VPN"),
            ("type: " + no, sorry));

        Assert.DoesNotContain("VPN", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
        Assert.False(Assert.Single(_harness.Deflections.Recorded).Helpful);

        // The offer starts the incident pre-filled with the question; no second "not helpful" is recorded.
        await script.PlayAsync(("press: kb.notHelpful", locale.StartsWith("fr", StringComparison.Ordinal) ? "Étape" : "Step"));
        Assert.Single(_harness.Deflections.Recorded);
    }

    [Fact]
    public async Task RejectedArticle_IsNotOfferedAgainInThisConversation()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("type: how do I reset my password?", "Reset your password"),
            ("type: no", "Sorry that didn't help."),
            ("type: password reset procedure please", "I don't know the answer to that one."));

        // Another person in another conversation still gets it.
        await new ConversationScript(_harness, "en-US", "29:marie").PlayAsync(("type: how do I reset my password?", "Reset your password"));
    }

    [Fact]
    public async Task RejectedWithTheButton_IsNotOfferedAgain()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("type: how do I reset my password?", "Reset your password"),
            ("press: kb.notHelpful", "Step 4 of 5"),
            ("type: cancel", "Cancelled"),
            ("type: how do I reset my password?", "I don't know the answer to that one."));
    }

    [Theory]
    [InlineData("en-US", "thanks", "Great, thanks for letting me know!")]
    [InlineData("en-US", "yes", "Great, thanks for letting me know!")]
    [InlineData("fr-FR", "merci", "Parfait, merci de me l'avoir dit !")]
    [InlineData("fr-FR", "ça marche", "Parfait, merci de me l'avoir dit !")]
    public async Task TypedThanks_AfterAnArticle_IsADeflection_CountedOnce(string locale, string thanks, string answer)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(
            (locale.StartsWith("fr", StringComparison.Ordinal) ? "type: comment me connecter au vpn ?" : "type: how do I connect to the vpn?", "VPN"),
            ("type: " + thanks, answer),
            ("type: " + thanks, locale.StartsWith("fr", StringComparison.Ordinal) ? "Ravi que cela vous ait aidé" : "Glad it helped"),
            ("press: kb.helpful", locale.StartsWith("fr", StringComparison.Ordinal) ? "Ravi que cela vous ait aidé" : "Glad it helped"));

        Assert.True(Assert.Single(_harness.Deflections.Recorded).Helpful);
    }

    [Fact]
    public async Task TypedNo_WithNoArticleShown_IsAnOrdinaryMessage()
    {
        await new ConversationScript(_harness, "en-US").PlayAsync(("type: no", "I don't know the answer to that one."));

        Assert.Empty(_harness.Deflections.Recorded);
    }

    [Fact]
    public async Task TypedNo_LongAfterTheArticle_IsAnOrdinaryMessage()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(("type: how do I connect to the vpn?", "Connect to the VPN"));
        _harness.Time.Advance(KnowledgeAnswers.FeedbackWindow + TimeSpan.FromMinutes(1));

        await script.PlayAsync(("type: no", "I don't know the answer to that one."));
        Assert.Empty(_harness.Deflections.Recorded);
    }

    [Fact]
    public async Task ProblemAskedAbout_WithAMiddlingArticle_GetsTheArticleFirst()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(("type: my vpn keeps disconnecting since the update, what should I do", "Connect to the VPN"));

        Assert.DoesNotContain("Step", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticleInTheOtherLanguageOnly_IsShownAndSaysSo()
    {
        var search = new Mock<IKnowledgeSearch> { CallBase = true };
        IReadOnlyList<KnowledgeHit> hits = [new KnowledgeHit("kb-cantine", "Badge de la cantine", "1. Passez au bureau B12.", 0.7, "other", "fr/cantine.md", "fr")];
        search.Setup(s => s.SearchAsync(It.IsAny<string>(), "en", It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(hits);
        var harness = new RouterHarness();
        var router = RouterHarness.Build(
            new ServiceDesk.Dialogs.Conversation.DialogSessions(harness.Store, Microsoft.Extensions.Options.Options.Create(harness.Options), harness.Time, harness.StepCards),
            [], [], harness.Tickets, search.Object, store: harness.Store);

        // A question, not a problem: "badge cantine perdu" reads as an incident (the form, with the article beside it).
        var result = await router.HandleAsync(TurnFactory.Message("en-US", "comment avoir un badge pour la cantine ?"), CancellationToken.None);

        var shown = ConversationScript.Text(result);
        Assert.Contains("This article is only written in French:", shown, StringComparison.Ordinal);
        Assert.Contains("Badge de la cantine", shown, StringComparison.Ordinal);
    }
}
