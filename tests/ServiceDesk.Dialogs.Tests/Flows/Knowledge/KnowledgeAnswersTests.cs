using ServiceDesk.Dialogs.Tests.Conversation;

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
        await new ConversationScript(_harness, "fr-FR").PlayAsync(
            ("type: où trouver la procédure pour le mot de passe oublié ?", "Réinitialiser votre mot de passe"),
            ("press: kb.notHelpful", "Désolé que cela ne vous ait pas aidé"),
            ("type: 6", "Qui est touché ?"),
            ("type: 1", "Étape 5 sur 5"),
            ("type: 1", "Titre: où trouver la procédure pour le mot de passe oublié ?"),
            ("type: créer", "Ticket INC-000001 créé"));

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
}
