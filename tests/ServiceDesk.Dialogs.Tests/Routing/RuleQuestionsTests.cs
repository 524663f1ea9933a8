using Moq;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Dialogs.Tests.Flows;
using ServiceDesk.Dialogs.Tests.Flows.RequestAccess;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>
/// A question about the rule (who approves, whether one may do it oneself, whether it is needed) or about the way to
/// get something the catalogue does not name clearly, read as a request: a likely article first, and "No, make the
/// request" under it, so the request is one click away. The wish itself ("I need …", "can I get …") still starts the
/// request, and so does a rule question no article likely answers. The test catalogue has a Power BI Pro licence.
/// </summary>
public sealed class RuleQuestionsTests
{
    public static TheoryData<string, string, Intent> RuleQuestions => new()
    {
        { "en-US", "who approves a Power BI Pro licence for my team?", Intent.RequestAccess },
        { "fr-FR", "il faut l'accord de qui pour la licence Power BI Pro ?", Intent.RequestAccess },
        { "en-US", "can I install a screen recorder myself?", Intent.RequestSoftware },
        { "fr-FR", "je peux installer un enregistreur d'ecran moi meme ?", Intent.RequestSoftware },
        { "en-US", "do we need our manager's approval for the Power BI Pro licence?", Intent.RequestAccess },
        { "fr-FR", "est-ce qu'il faut une autorisation pour la licence Power BI Pro", Intent.RequestAccess },
        { "en-US", "how do I get a licence for a paid app?", Intent.RequestSoftware },
        { "fr-FR", "comment on obtient une licence pour un outil payant ?", Intent.RequestSoftware },
    };

    [Theory]
    [MemberData(nameof(RuleQuestions))]
    public async Task AskedAboutTheRule_GetsTheLikelyArticleFirst_AndTheRequestOneClickAway(string locale, string text, Intent intent) =>
        await AssertArticleFirstAsync(locale, text, intent, 0.65, locale == "fr-FR" ? "Non, faire la demande" : "No, make the request");

    [Theory]
    [InlineData("en-US", "who approves a Power BI Pro licence for my team?", Intent.RequestAccess, "Let's make the request.", "access")]
    [InlineData("fr-FR", "je peux installer un enregistreur d'ecran moi meme ?", Intent.RequestSoftware, "Faisons la demande.", "software")]
    [InlineData("en-US", "can I install a screen recorder myself?", Intent.RequestSoftware, "Let's make the request.", "software")]
    public async Task MakeTheRequest_UnderTheArticle_StartsThatRequest(string locale, string text, Intent intent, string started, string form)
    {
        var access = Harness(locale, text, intent, 0.65);
        await access.TypeAsync(locale, text);

        var shown = ConversationScript.Text(await access.PressAsync(locale, "kb.notHelpful"));

        Assert.Contains(started, shown, StringComparison.Ordinal);
        Assert.Equal(form, access.DialogState.Peek("a:jean", AccessHarness.Jean.Id)?.DialogName);
    }

    [Theory]
    [InlineData("en-US", "I need a Power BI Pro licence")]
    [InlineData("en-US", "can I get a Power BI Pro licence?")]
    [InlineData("en-US", "how do I get a Power BI Pro licence?")]
    [InlineData("fr-FR", "il me faut une licence Power BI Pro")]
    [InlineData("fr-FR", "est-ce que je peux avoir la licence Power BI Pro ?")]
    public async Task TheWishItself_StillStartsTheRequest(string locale, string text) =>
        await AssertRequestStartedAsync(locale, text, 0.65);

    [Theory]
    [InlineData("en-US", "who approves a Power BI Pro licence for my team?")]
    [InlineData("fr-FR", "il faut l'accord de qui pour la licence Power BI Pro ?")]
    public async Task AskedAboutTheRule_NoLikelyArticle_TheRequestGoesOnAsBefore(string locale, string text) =>
        await AssertRequestStartedAsync(locale, text, 0.55);

    [Theory]
    [InlineData("en-US", "for the Power BI Pro reports, il faut une licence ?")]
    [InlineData("fr-FR", "pour voir les rapports power bi il faut la licence pro ?")]
    [InlineData("fr-FR", "en deplacement faut une licence pour les tableaux power bi ?")]
    public async Task WhetherItIsNeeded_AskedImpersonally_GetsAnyArticle_AndTheRequestOneClickAway(string locale, string text) =>
        // Below a likely match (0.55): whether a thing is needed is never a wish for it, so any article answers.
        await AssertArticleFirstAsync(locale, text, Intent.RequestAccess, 0.55, locale == "fr-FR" ? "Demander un accès" : "Request access");

    [Theory]
    [InlineData("fr-FR", "il me faut la licence Power BI Pro ?")]
    [InlineData("fr-FR", "il faut me donner la licence Power BI Pro")]
    public async Task AWishForIt_WithOrWithoutAQuestionMark_StillStartsTheRequest(string locale, string text)
    {
        var access = Harness(locale, text, Intent.RequestAccess, 0.55);

        await access.TypeAsync(locale, text);

        Assert.Equal("access", access.DialogState.Peek("a:jean", AccessHarness.Jean.Id)?.DialogName);
    }

    private static string Title(string locale) => locale == "fr-FR" ? "Demander une licence" : "Request a licence";

    /// <summary>Typed over the licence article at <paramref name="score"/>: the article is shown with <paramref name="button"/> under it, nothing started or filed.</summary>
    private static async Task AssertArticleFirstAsync(string locale, string text, Intent intent, double score, string button)
    {
        var access = Harness(locale, text, intent, score);

        var shown = ConversationScript.Text(await access.TypeAsync(locale, text));

        Assert.Contains(Title(locale), shown, StringComparison.Ordinal);
        Assert.Contains(button, shown, StringComparison.Ordinal);
        Assert.Null(access.DialogState.Peek("a:jean", AccessHarness.Jean.Id)?.DialogName);
        Assert.Empty(access.Tickets.All);
    }

    /// <summary>Typed over the licence article at <paramref name="score"/>: the access request starts, the article not shown.</summary>
    private static async Task AssertRequestStartedAsync(string locale, string text, double score)
    {
        var access = Harness(locale, text, Intent.RequestAccess, score);

        var shown = ConversationScript.Text(await access.TypeAsync(locale, text));

        Assert.DoesNotContain(Title(locale), shown, StringComparison.Ordinal);
        Assert.Equal("access", access.DialogState.Peek("a:jean", AccessHarness.Jean.Id)?.DialogName);
    }

    /// <summary>The access harness whose recogniser reads <paramref name="text"/> as <paramref name="intent"/>, over one licence article at <paramref name="score"/>.</summary>
    private static AccessHarness Harness(string locale, string text, Intent intent, double score)
    {
        var language = locale == "fr-FR" ? "fr" : "en";
        var search = new Mock<IKnowledgeSearch> { CallBase = true };
        IReadOnlyList<KnowledgeHit> hits = [new KnowledgeHit("licence-request", Title(locale), "1. Open the portal.", score, "software", $"{language}/licence-request.md", language)];
        search.Setup(s => s.SearchAsync(It.IsAny<string>(), language, It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(hits);
        search.Setup(s => s.GetArticleAsync("licence-request", language, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new KnowledgeArticle("licence-request", language, Title(locale), [], "software", new DateOnly(2026, 1, 1), "1. Open the portal.", $"{language}/licence-request.md"));
        var recognizer = new Mock<IIntentRecognizer>();
        recognizer.Setup(r => r.RecognizeAsync(It.IsAny<string?>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .Returns((string? typed, string? l, CancellationToken _) => ValueTask.FromResult(KeywordIntentRecognizer.Recognize(typed, l)));
        recognizer.Setup(r => r.RecognizeAsync(text, It.IsAny<string?>(), It.IsAny<CancellationToken>())).ReturnsAsync(new Recognition(intent, 0.9));
        return new AccessHarness { Knowledge = search.Object, Recognizer = recognizer.Object };
    }
}
