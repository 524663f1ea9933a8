using Moq;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Routing;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Flows.Knowledge;

/// <summary>
/// A problem only stated starts the incident form at once, with the best article first, beside the form's first step:
/// "That solved it" closes the form, "It didn't help" carries on with it; a problem asked about gets the article first,
/// and "Report it" starts the form with everything the sentence said.
/// </summary>
public sealed class KnowledgeBesideTests
{
    private readonly RouterHarness _harness = new RouterHarness().WithIncidentFlow();

    [Theory]
    [InlineData("en-US", "my disk is full", "This may help. If it doesn't, carry on with the form below:", "That solved it", "Step 1 of 5")]
    [InlineData("fr-FR", "mon disque est plein", "Ceci peut vous aider. Sinon, continuez avec le formulaire ci-dessous :", "C'est résolu", "Étape 1 sur 5")]
    public async Task StatedProblem_StartsTheForm_WithTheArticleBeforeItsFirstStep(string locale, string problem, string intro, string solved, string step)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(("type: " + problem, step));

        var cards = script.LastResult!.Replies.Where(r => r.Card is not null).Select(r => ConversationScript.CardText(r.Card!)).ToList();
        Assert.Equal(2, cards.Count);
        Assert.Contains(intro, cards[0], StringComparison.Ordinal);
        Assert.Contains(solved, cards[0], StringComparison.Ordinal);
        Assert.Contains(step, cards[1], StringComparison.Ordinal);
        Assert.Empty(_harness.Deflections.Recorded);
    }

    [Fact]
    public async Task ThatSolvedIt_BesideTheForm_ClosesTheForm_AndCountsADeflectionOfTheIncident()
    {
        var script = new ConversationScript(_harness, "en-US");
        var article = await StartAsync(script, "my disk is full");

        var solved = await script.ReplayAsync(article, "kb.helpful");

        Assert.Contains("Glad that solved it: I've closed the form", ConversationScript.Text(solved), StringComparison.Ordinal);
        var deflection = Assert.Single(_harness.Deflections.Recorded);
        Assert.True(deflection.Helpful);
        Assert.Equal(("disk-full", "incident"), (deflection.ArticleId, deflection.Source));
        Assert.DoesNotContain("Step", ConversationScript.Text(await script.DoAsync("type: 1")), StringComparison.Ordinal);
        Assert.Empty(_harness.Tickets.All);
    }

    [Fact]
    public async Task ItDidntHelp_BesideTheForm_CarriesOnAtTheSameStep_AndTheReviewNeverSuggestsIt()
    {
        var script = new ConversationScript(_harness, "en-US");
        var article = await StartAsync(script, "my disk is full");

        var carryOn = await script.ReplayAsync(article, "kb.notHelpful");

        // The clicked card becomes the note; the step comes again below it.
        Assert.Contains("Noted, I won't suggest that article again.", ConversationScript.CardText(carryOn.Invoke!.Card!), StringComparison.Ordinal);
        Assert.Contains("Step 1 of 5", ConversationScript.CardText(Assert.Single(carryOn.Replies).Card!), StringComparison.Ordinal);
        Assert.False(Assert.Single(_harness.Deflections.Recorded).Helpful);
        await script.PlayAsync(("type: 1", "Step 4 of 5"), ("type: 1", "Step 5 of 5"), ("type: 1", "Title: Disk is full"));
        Assert.DoesNotContain("Storage Sense", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
        await script.PlayAsync(("type: create", "Ticket INC-000001 created"));
    }

    [Fact]
    public async Task ItDidntHelp_BesideAFormThatIsOver_OnlyRecordsIt_NoNewFormStarts()
    {
        var script = new ConversationScript(_harness, "en-US");
        var article = await StartAsync(script, "my disk is full");
        await script.PlayAsync(("type: cancel", "Cancelled"));

        var shown = ConversationScript.Text(await script.ReplayAsync(article, "kb.notHelpful"));

        Assert.Contains("Noted, I won't suggest that article again.", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Step", shown, StringComparison.Ordinal);
        Assert.False(Assert.Single(_harness.Deflections.Recorded).Helpful);
    }

    [Theory]
    [InlineData("en-US", "thanks, that fixed it", "Glad that solved it")]
    [InlineData("fr-FR", "merci ça marche", "Tant mieux : j'ai fermé le formulaire")]
    public async Task TypedThanks_RightAfterTheArticle_ClosesTheForm(string locale, string thanks, string closed)
    {
        var script = new ConversationScript(_harness, locale);
        await StartAsync(script, locale == "en-US" ? "my disk is full" : "mon disque est plein");

        await script.PlayAsync(("type: " + thanks, closed));

        Assert.True(Assert.Single(_harness.Deflections.Recorded).Helpful);
        Assert.Empty(_harness.Tickets.All);
    }

    [Fact]
    public async Task TypedNo_RightAfterTheArticle_CarriesOnWithTheForm()
    {
        var script = new ConversationScript(_harness, "fr-FR");
        await StartAsync(script, "mon disque est plein");

        await script.PlayAsync(("type: ça n'a pas aidé", "C'est noté, je ne proposerai plus cet article. Continuons : ‖ Étape 1 sur 5"));

        Assert.False(Assert.Single(_harness.Deflections.Recorded).Helpful);
    }

    [Fact]
    public async Task TypedNo_OnceTheFormMovedOn_IsTheStepsAnswer_NotFeedback()
    {
        var script = new ConversationScript(_harness, "en-US");
        await StartAsync(script, "my disk is full");

        await script.PlayAsync(("type: 1", "Step 4 of 5"), ("type: no", "Step 4 of 5"));

        Assert.Empty(_harness.Deflections.Recorded);
    }

    [Fact]
    public async Task ProblemAskedAbout_GetsTheArticleFirst_AndReportIt_KeepsWhatTheSentenceSaid()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(("type: outlook keeps asking for my password, what do I do?", "Before we open an incident, this may solve it:"));
        Assert.DoesNotContain("Step", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);

        // The category (email) and a title were read from the sentence: the form starts at the description's next step.
        await script.PlayAsync(("press: kb.notHelpful", "I've filled in what I understood from your message: Email"));
        Assert.DoesNotContain("What is it about?", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatedProblem_ShowsTheOtherResultsBesideTheArticle()
    {
        var search = new Mock<IKnowledgeSearch> { CallBase = true };
        IReadOnlyList<KnowledgeHit> hits =
        [
            new KnowledgeHit("kb-disk-full", "Disk full", "1. Open Settings, System, Storage.", 0.9, "workstation", "en/disk-full.md"),
            new KnowledgeHit("kb-laptop-slow", "Laptop is slow", "1. Restart it.", 0.7, "workstation", "en/laptop-slow.md"),
        ];
        search.Setup(s => s.SearchAsync(It.IsAny<string>(), "en", It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(hits);
        var harness = new RouterHarness();
        var router = RouterHarness.Build(
            new ServiceDesk.Dialogs.Conversation.DialogSessions(harness.Store, Microsoft.Extensions.Options.Options.Create(harness.Options), harness.Time, harness.StepCards),
            [], [], harness.Tickets, search.Object, store: harness.Store);

        var shown = ConversationScript.Text(await router.HandleAsync(TurnFactory.Message("en-US", "my disk is full"), CancellationToken.None));

        // No incident flow registered here: the article is shown only when a form started.
        Assert.DoesNotContain("Disk full", shown, StringComparison.Ordinal);
        var withForm = new RouterHarness().WithIncidentFlow();
        var full = RouterHarness.Build(
            new ServiceDesk.Dialogs.Conversation.DialogSessions(withForm.Store, Microsoft.Extensions.Options.Options.Create(withForm.Options), withForm.Time, withForm.StepCards),
            withForm.Dialogs, [], withForm.Tickets, search.Object, store: withForm.Store);
        shown = ConversationScript.Text(await full.HandleAsync(TurnFactory.Message("en-US", "my disk is full"), CancellationToken.None));
        Assert.Contains("Disk full", shown, StringComparison.Ordinal);
        Assert.Contains("Laptop is slow", shown, StringComparison.Ordinal);
        Assert.True(shown.IndexOf("Laptop is slow", StringComparison.Ordinal) < shown.IndexOf("Step 1 of 5", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0.85, "Non, faire la demande", "Ressource")]
    [InlineData(0.65, "Non, faire la demande", "Ressource")]
    [InlineData(0.55, "Ressource", "Demander une licence")]
    public async Task HowToAboutARequestNoCatalogueItemIsLike_GetsALikelyArticleFirst_ElseTheForm(double score, string expected, string absent)
    {
        var search = new Mock<IKnowledgeSearch> { CallBase = true };
        IReadOnlyList<KnowledgeHit> hits = [new KnowledgeHit("licence-request", "Demander une licence", "1. Ouvrez le portail.", score, "software", "fr/licence-request.md", "fr")];
        search.Setup(s => s.SearchAsync(It.IsAny<string>(), "fr", It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(hits);
        var access = new RequestAccess.AccessHarness { Knowledge = search.Object };

        var shown = ConversationScript.Text(await access.TypeAsync("fr-FR", "comment demander une licence logicielle ?"));

        Assert.Contains(expected, shown, StringComparison.Ordinal);
        Assert.DoesNotContain(absent, shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowToAboutARequest_MakeTheRequest_StartsTheRequestForm()
    {
        var search = new Mock<IKnowledgeSearch> { CallBase = true };
        IReadOnlyList<KnowledgeHit> hits = [new KnowledgeHit("licence-request", "Demander une licence", "1. Ouvrez le portail.", 0.85, "software", "fr/licence-request.md", "fr")];
        search.Setup(s => s.SearchAsync(It.IsAny<string>(), "fr", It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(hits);
        search.Setup(s => s.GetArticleAsync("licence-request", "fr", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new KnowledgeArticle("licence-request", "fr", "Demander une licence", [], "software", new DateOnly(2026, 1, 1), "1. Ouvrez le portail.", "fr/licence-request.md"));
        var access = new RequestAccess.AccessHarness { Knowledge = search.Object };
        await access.TypeAsync("fr-FR", "comment demander une licence logicielle ?");

        var shown = ConversationScript.Text(await access.PressAsync("fr-FR", "kb.notHelpful"));

        Assert.Contains("Faisons la demande.", shown, StringComparison.Ordinal);
        Assert.Contains("Ressource", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.93, true)]
    [InlineData(0.7, true)]
    [InlineData(0.55, false)]
    public async Task RequestTheCatalogueCannotPlace_GetsOnlyALikelyArticleBesideItsForm_AndThatSolvedItClosesIt(double score, bool shown)
    {
        var search = new Mock<IKnowledgeSearch> { CallBase = true };
        IReadOnlyList<KnowledgeHit> hits = [new KnowledgeHit("licence-request", "Demander une licence", "1. Ouvrez le portail.", score, "software", "fr/licence-request.md", "fr")];
        search.Setup(s => s.SearchAsync(It.IsAny<string>(), "fr", It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(hits);
        search.Setup(s => s.GetArticleAsync("licence-request", "fr", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new KnowledgeArticle("licence-request", "fr", "Demander une licence", [], "software", new DateOnly(2026, 1, 1), "1. Ouvrez le portail.", "fr/licence-request.md"));
        var access = new RequestAccess.AccessHarness { Knowledge = search.Object };

        var first = await access.TypeAsync("fr-FR", "il me faut une licence pour un logiciel payant");

        var cards = first.Replies.Where(r => r.Card is not null).Select(r => r.Card!).ToList();
        Assert.Equal(shown, ConversationScript.CardText(cards[0]).Contains("Demander une licence", StringComparison.Ordinal));
        Assert.Contains("Ressource", ConversationScript.CardText(cards[^1]), StringComparison.Ordinal);
        if (shown)
        {
            var data = RouterHarness.DataOf(cards[0], "kb.helpful");
            var solved = await access.SendAsync(access.Turn(RequestAccess.AccessHarness.Jean, "fr-FR", null,
                new CardAction("kb.helpful", System.Text.Json.JsonSerializer.SerializeToElement(data), true)));
            Assert.Contains("Tant mieux : j'ai fermé le formulaire", ConversationScript.Text(solved), StringComparison.Ordinal);
            Assert.Empty(access.Tickets.All);
        }
    }

    /// <summary>Types the problem and returns the article card shown beside the form's first step.</summary>
    private static async Task<AdaptiveCard> StartAsync(ConversationScript script, string problem)
    {
        var result = await script.DoAsync("type: " + problem);
        return result.Replies.First(r => r.Card is not null).Card!;
    }
}
