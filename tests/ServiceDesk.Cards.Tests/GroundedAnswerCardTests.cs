using ServiceDesk.Cards;
using ServiceDesk.TestKit;

namespace ServiceDesk.Cards.Tests;

public sealed class GroundedAnswerCardTests
{
    private static readonly GroundedAnswerView English = new(
        "AI-generated answer from our knowledge articles.", "1. Open the VPN client.\n2. Sign in with **your** account.\n<b>not bold</b>",
        "Sources (open the full article):",
        [new("kb-vpn-connect", "Connect to the VPN"), new("kb-vpn-troubleshoot", "VPN keeps dropping"), new("kb-wifi", "Wi-Fi"), new("kb-guest", "Guest Wi-Fi")],
        "my vpn will not connect", "Did this help?", "Yes", "No");

    private static readonly GroundedAnswerView French = new(
        "Réponse générée par l'IA.", "Allez sur la page de réinitialisation.", "Sources :", [new("password-reset", "Réinitialiser votre mot de passe")],
        "mot de passe oublié", "Cela vous a-t-il aidé ?", "Oui", "Non");

    [Fact]
    public void Build_AiLabelFirst_ThenTheAnswerLiterally()
    {
        var card = GroundedAnswerCard.Build(English);

        var label = Assert.IsType<TextBlock>(card.Body[0]);
        Assert.Equal(("AI-generated answer from our knowledge articles.", true), (label.Text, label.IsSubtle));
        var lines = Assert.IsType<Container>(card.Body[1]).Items.Cast<TextBlock>().Select(l => l.Text);
        Assert.Equal(["1\\. Open the VPN client.", "2\\. Sign in with your account.", "not bold"], lines);
    }

    [Fact]
    public void Build_Sources_AtMostThree_EachOpensItsArticle()
    {
        var sources = GroundedAnswerCard.Build(English).Body.OfType<ActionSet>().First().Actions.Cast<ExecuteAction>().ToList();

        Assert.Equal(["kb-vpn-connect", "kb-vpn-troubleshoot", "kb-wifi"], sources.Select(a => (string?)a.Data!["articleId"]));
        Assert.All(sources, a => Assert.Equal(KnowledgeVerbs.Open, a.Verb));
        Assert.Equal("Connect to the VPN", sources[0].Title);
    }

    [Fact]
    public void Build_YesAndNo_CarryTheFirstSourceTheQueryAndByModel()
    {
        var feedback = GroundedAnswerCard.Build(English).Body.OfType<ActionSet>().Last().Actions.Cast<ExecuteAction>().ToList();

        Assert.Equal([KnowledgeVerbs.Helpful, KnowledgeVerbs.NotHelpful], feedback.Select(a => a.Verb));
        Assert.All(feedback, a =>
        {
            Assert.Equal("kb-vpn-connect", (string?)a.Data!["articleId"]);
            Assert.Equal("my vpn will not connect", (string?)a.Data!["query"]);
            Assert.Equal(GroundedAnswerCard.ByModel, (string?)a.Data!["by"]);
        });
    }

    [Fact]
    public void Build_NoSource_IsRefused() =>
        Assert.Throws<ArgumentException>(() => GroundedAnswerCard.Build(French with { Sources = [] }));

    [Fact]
    public void Build_HugeQueryAndAnswer_StayUnderTheBudget()
    {
        var card = GroundedAnswerCard.Build(French with { Query = new string('q', 10_000), Answer = new string('a', 2_000) });

        Assert.True(CardJson.FitsBudget(card), $"{CardJson.Utf8Size(card)} bytes");
    }

    [Fact]
    public async Task Build_EnglishAndFrench_RenderWithoutErrorsInTheOfficialRenderer()
    {
        var views = new[] { English, French };

        var reports = await CardRenderer.RenderAsync([.. views.Select(GroundedAnswerCard.Build)]);

        for (var i = 0; i < views.Length; i++)
        {
            Assert.Null(reports[i].Error);
            Assert.Empty(reports[i].AllEvents);
            Assert.True(reports[i].Rendered);
            var html = System.Net.WebUtility.HtmlDecode(reports[i].Html!);
            foreach (var text in new[] { views[i].AiLabel, views[i].SourcesLabel, views[i].Sources[0].Title, views[i].HelpfulQuestion, views[i].YesLabel })
            {
                Assert.Contains(text, html, StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain("<b>not bold", reports[0].Html!, StringComparison.Ordinal);
    }
}
