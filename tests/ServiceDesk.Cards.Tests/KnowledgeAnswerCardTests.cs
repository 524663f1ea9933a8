using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.TestKit;

namespace ServiceDesk.Cards.Tests;

public sealed class KnowledgeAnswerCardTests
{
    private const string Passage = "## The VPN keeps dropping\n1. Move closer to your router.\n2. Keep the phone **plugged** in.\n- <b>not bold</b>";

    private static readonly KnowledgeAnswerView English = new(
        "kb-vpn-troubleshoot", "my vpn keeps dropping", "VPN will not connect or keeps disconnecting", Passage,
        "Show the full article", "Did this help?", "Yes", "No",
        Intro: "Here is what I found:", OtherResultsLabel: "Other results",
        OtherResults: [new("kb-vpn-connect", "Connect to the VPN"), new("kb-wifi-connect", "Office Wi-Fi"), new("kb-guest-wifi", "Guest Wi-Fi")]);

    private static readonly KnowledgeAnswerView French = new(
        "kb-print-queue-stuck", "imprimante bloquée", "Impression bloquée dans la file d'attente", "1. Passez votre badge.\n2. Regardez l'écran.",
        "Afficher l'article complet", "Cela vous a-t-il aidé ?", "Oui", "Non",
        FullArticle: "## Premières vérifications\n1. Passez votre badge.\n\nParagraphe suivant.");

    [Fact]
    public void Build_ShowsTitleThenPassageLinesLiterally()
    {
        var card = KnowledgeAnswerCard.Build(English);

        Assert.Equal("Here is what I found:", Assert.IsType<TextBlock>(card.Body[0]).Text);
        Assert.Equal("VPN will not connect or keeps disconnecting", Assert.IsType<TextBlock>(card.Body[1]).Text);
        var lines = Assert.IsType<Container>(card.Body[2]).Items.Cast<TextBlock>().ToList();
        Assert.Equal(["The VPN keeps dropping", "1\\. Move closer to your router.", "2\\. Keep the phone plugged in.", "• not bold"], lines.Select(l => l.Text));
        Assert.Equal(TextWeight.Bolder, lines[0].Weight);
    }

    [Fact]
    public void Build_YesAndNo_CarryArticleIdAndQuery()
    {
        var card = KnowledgeAnswerCard.Build(English);

        var feedback = card.Body.OfType<ActionSet>().First().Actions.Cast<ExecuteAction>().ToList();
        Assert.Equal([KnowledgeVerbs.Helpful, KnowledgeVerbs.NotHelpful], feedback.Select(a => a.Verb));
        Assert.Equal(["Yes", "No"], feedback.Select(a => a.Title));
        Assert.All(feedback, a =>
        {
            Assert.Equal("kb-vpn-troubleshoot", (string?)a.Data!["articleId"]);
            Assert.Equal("my vpn keeps dropping", (string?)a.Data!["query"]);
            Assert.Equal(a.Verb, (string?)Assert.IsType<SubmitAction>(a.Fallback).Data!["verb"]);
        });
    }

    [Fact]
    public void Build_OtherResults_AtMostTwo_OpenTheirArticle()
    {
        var card = KnowledgeAnswerCard.Build(English);

        var others = card.Body.OfType<ActionSet>().Last().Actions.Cast<ExecuteAction>().ToList();
        Assert.Equal(["kb-vpn-connect", "kb-wifi-connect"], others.Select(a => (string?)a.Data!["articleId"]));
        Assert.All(others, a => Assert.Equal(KnowledgeVerbs.Open, a.Verb));
        Assert.Contains(card.Body.OfType<TextBlock>(), t => t.Text == "Other results");
    }

    [Fact]
    public void Build_WithoutFullArticle_ShowFullAsksTheBot_WithItUnfoldsInPlace()
    {
        var asks = Assert.IsType<ExecuteAction>(Assert.Single(KnowledgeAnswerCard.Build(English).Actions!));
        var unfolds = Assert.IsType<ShowCardAction>(Assert.Single(KnowledgeAnswerCard.Build(French).Actions!));

        Assert.Equal((KnowledgeVerbs.Full, "kb-vpn-troubleshoot"), (asks.Verb, (string?)asks.Data!["articleId"]));
        Assert.Equal("Afficher l'article complet", unfolds.Title);
        Assert.Equal(["Premières vérifications", "1\\. Passez votre badge.", "Paragraphe suivant."], unfolds.Card.Body.Cast<TextBlock>().Select(t => t.Text));
        Assert.Equal(Spacing.Medium, unfolds.Card.Body[2].Spacing);
    }

    [Fact]
    public void Build_NoOtherResults_NoListAndNoLabel()
    {
        var card = KnowledgeAnswerCard.Build(French);

        Assert.Single(card.Body.OfType<ActionSet>());
        Assert.DoesNotContain(card.Body, e => e is TextBlock { IsSubtle: true });
    }

    [Fact]
    public void Build_HugeQueryAndArticle_StayUnderTheBudget()
    {
        var view = French with { Query = new string('q', 10_000), FullArticle = string.Join('\n', Enumerable.Repeat("1. " + new string('x', 300), 1_000)) };

        var card = KnowledgeAnswerCard.Build(view);

        Assert.True(CardJson.FitsBudget(card), $"{CardJson.Utf8Size(card)} bytes");
        var yes = card.Body.OfType<ActionSet>().First().Actions.Cast<ExecuteAction>().First();
        Assert.Equal(KnowledgeAnswerCard.MaxQueryLength, ((string?)yes.Data!["query"])!.Length);
    }

    [Fact]
    public async Task Build_EnglishAndFrench_RenderWithoutErrorsInTheOfficialRenderer()
    {
        var views = new[] { English, French };

        var reports = await CardRenderer.RenderAsync([.. views.Select(KnowledgeAnswerCard.Build)]);

        for (var i = 0; i < views.Length; i++)
        {
            Assert.Null(reports[i].Error);
            Assert.Empty(reports[i].AllEvents);
            Assert.True(reports[i].Rendered);
            var html = System.Net.WebUtility.HtmlDecode(reports[i].Html!);
            foreach (var text in new[] { views[i].Title, views[i].HelpfulQuestion, views[i].YesLabel, views[i].NoLabel, views[i].ShowFullLabel })
            {
                Assert.Contains(text, html, StringComparison.Ordinal);
            }
        }

        // This renderer has no Markdown processor: escapes show as typed, and HTML in the text never becomes markup.
        var english = System.Net.WebUtility.HtmlDecode(reports[0].Html!);
        Assert.Contains("Move closer to your router.", english, StringComparison.Ordinal);
        Assert.Contains("not bold", english, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>not bold", reports[0].Html!, StringComparison.Ordinal);
        Assert.Contains("Connect to the VPN", english, StringComparison.Ordinal);
        Assert.True(JsonNode.Parse(CardJson.Serialize(KnowledgeAnswerCard.Build(English))) is JsonObject);
    }

    [Theory]
    [InlineData("Open **Settings**, then `Storage`.", "Open Settings, then Storage.")]
    [InlineData("See [the portal](https://portal.example.com) first.", "See the portal (https://portal.example.com) first.")]
    [InlineData("Go to <https://aka.ms/sspr>.", "Go to https://aka.ms/sspr.")]
    [InlineData("![screenshot of the tray](tray.png) The tray icon", "screenshot of the tray The tray icon")]
    [InlineData("| Printer | Floor |", "Printer · Floor")]
    [InlineData("> Note: keep it *plugged* in", "Note: keep it plugged in")]
    [InlineData("file_name_with_underscores stays", "file_name_with_underscores stays")]
    public void MarkdownLine_IsPlainText(string markdown, string plain) =>
        Assert.Equal(plain, MarkdownLine.Plain(markdown));

    [Fact]
    public void Build_ArticleMarkdown_ShowsNoRawMarks()
    {
        var view = French with { Passage = "## **Étapes**\n| a | b |\n|---|---|\n| c | d |\n---\n* [Portail](https://p.example.com)" };

        var lines = Assert.IsType<Container>(KnowledgeAnswerCard.Build(view).Body[1]).Items.Cast<TextBlock>().Select(l => l.Text).ToList();

        Assert.Equal(["Étapes", "a · b", "c · d", "• Portail (https://p.example.com)"], lines);
    }
}
