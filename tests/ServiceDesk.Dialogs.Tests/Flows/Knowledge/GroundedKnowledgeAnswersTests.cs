using ServiceDesk.Dialogs.Assist;
using ServiceDesk.Dialogs.Tests.Conversation;

namespace ServiceDesk.Dialogs.Tests.Flows.Knowledge;

/// <summary>A knowledge question when a language model is configured: its answer with sources, or "I don't know", or the article card.</summary>
public sealed class GroundedKnowledgeAnswersTests
{
    private readonly RouterHarness _harness = new RouterHarness().WithIncidentFlow();

    [Fact]
    public async Task English_SupportedAnswer_IsTheGeneratedCardWithItsSourceAndLabel_AndHelpfulIsADeflectionByTheModel()
    {
        var model = Model(new GroundedAnswer(true, "1. Go to the self-service page.\n2. Follow the steps.", ["password-reset"]));

        await new ConversationScript(_harness, "en-US").PlayAsync(
            ("type: how do I reset my password?",
                "AI-generated answer from our knowledge articles. Check the sources before acting on it. | 1\\. Go to the self-service page. | 2\\. Follow the steps."
                + " | Sources (open the full article): | (Reset your password) | Did this help? | (Yes) | (No, report it)"),
            ("press: kb.helpful", "Great, thanks for letting me know!"));

        var question = Assert.Single(model.Questions);
        Assert.True(Assert.Single((await new ConversationScript(new RouterHarness { Grounded = model }, "en-US").DoAsync("type: how do I reset my password?")).Replies).AiGenerated);
        Assert.Equal("how do I reset my password?", question.Question);
        Assert.Equal("en", question.Language);
        Assert.Equal(["password-reset"], question.Passages.Select(p => p.ArticleId));
        Assert.Equal("1. Go to https://aka.ms/sspr\n2. Follow the steps.", question.Passages[0].Text);
        var deflection = Assert.Single(_harness.Deflections.Recorded);
        Assert.Equal(("password-reset", "model", true), (deflection.ArticleId, deflection.Source, deflection.Helpful));
    }

    [Fact]
    public async Task French_SupportedAnswer_IsInFrench_TypedThanksIsADeflectionByTheModel()
    {
        Model(new GroundedAnswer(true, "Allez sur la page de réinitialisation.", ["password-reset"]));

        await new ConversationScript(_harness, "fr-FR").PlayAsync(
            ("type: comment changer mon mot de passe ?",
                "Réponse générée par l'IA à partir de nos articles. Vérifiez les sources avant d'agir. | Allez sur la page de réinitialisation."
                + " | Sources (ouvrir l'article complet) : | (Réinitialiser votre mot de passe)"),
            ("type: merci", "Parfait"));

        Assert.Equal("model", Assert.Single(_harness.Deflections.Recorded).Source);
    }

    [Fact]
    public async Task Source_OpensTheFullArticle()
    {
        Model(new GroundedAnswer(true, "Open the VPN client.", ["vpn-connect"]));

        await new ConversationScript(_harness, "en-US").PlayAsync(
            ("type: how do I connect to the vpn?", "(Connect to the VPN)"),
            ("press: kb.open", "Connect to the VPN | Open the VPN client and sign in."));
    }

    [Fact]
    public async Task NotSupported_IsTheHonestIDontKnow_AndTheTicketOffer()
    {
        Model(GroundedAnswer.NotSupported);

        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("type: how do I reset my password?", "I don't know the answer to that one. | I can open a ticket with your question"),
            ("press: kb.notHelpful", "Let's open an incident with your question."));

        Assert.DoesNotContain("AI-generated", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
        Assert.Empty(_harness.Deflections.Recorded);
    }

    [Fact]
    public async Task NotHelpful_OnTheGeneratedAnswer_IsRecordedForTheModel_AndStartsTheIncident()
    {
        Model(new GroundedAnswer(true, "Open the VPN client.", ["vpn-connect"]));

        await new ConversationScript(_harness, "en-US").PlayAsync(
            ("type: how do I connect to the vpn?", "Open the VPN client."),
            ("press: kb.notHelpful", "Sorry that didn't help"));

        var deflection = Assert.Single(_harness.Deflections.Recorded);
        Assert.Equal(("vpn-connect", "model", false), (deflection.ArticleId, deflection.Source, deflection.Helpful));
    }

    [Fact]
    public async Task NoModelAnswer_IsTheArticleCardAsWithoutAModel()
    {
        var model = Model(null);
        var without = new RouterHarness().WithIncidentFlow();

        var withModel = await new ConversationScript(_harness, "en-US").DoAsync("type: how do I reset my password?");
        var withoutModel = await new ConversationScript(without, "en-US").DoAsync("type: how do I reset my password?");

        Assert.Single(model.Questions);
        Assert.Equal(ConversationScript.Text(withoutModel), ConversationScript.Text(withModel));
        Assert.Contains("Reset your password | 1\\. Go to https://aka.ms/sspr", ConversationScript.Text(withModel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingRetrieved_TheModelIsNotAsked()
    {
        var model = Model(new GroundedAnswer(true, "Made up.", ["password-reset"]));

        await new ConversationScript(_harness, "en-US").PlayAsync(("type: what is the meaning of life?", "I don't know the answer to that one."));

        Assert.Empty(model.Questions);
    }

    [Fact]
    public async Task CitationTheSearchDidNotGive_IsNeverShown()
    {
        Model(new GroundedAnswer(true, "Made up.", ["admin-secrets"]));

        await new ConversationScript(_harness, "en-US").PlayAsync(("type: how do I reset my password?", "I don't know the answer to that one."));
    }

    private ScriptedModel Model(GroundedAnswer? answer)
    {
        var model = new ScriptedModel(answer);
        _harness.Grounded = model;
        return model;
    }
}
