using System.Text.Json.Nodes;
using ServiceDesk.Cards;

namespace ServiceDesk.Cards.Tests;

public sealed class WelcomeCardTests
{
    [Fact]
    public void Build_ShowsGreetingIntroEachOptionAndHint()
    {
        var card = WelcomeCard.Build(SampleCards.EnglishWelcome);

        var texts = Texts(card);
        Assert.Equal("Hello Jean!", texts[0]);
        Assert.Equal("I'm the IT service desk.", texts[1]);
        Assert.Contains("Report an incident", texts);
        Assert.Contains("Find an answer in the knowledge base.", texts);
        Assert.Equal("Type help at any time to come back to this menu.", texts[^1]);
        Assert.Equal(TeamsCardProperties.FullWidth, card.MsTeams?.Width);
    }

    [Fact]
    public void Build_OneExecuteButtonPerOption_WithSubmitFallbackCarryingTheVerb()
    {
        var card = WelcomeCard.Build(SampleCards.EnglishWelcome);

        var buttons = card.Actions!.Cast<ExecuteAction>().ToList();
        Assert.Equal(["menu.reportIncident", "menu.requestAccess", "menu.myTickets", "menu.askQuestion"], buttons.Select(b => b.Verb));
        Assert.All(buttons, b => Assert.Equal(b.Verb, (string?)Assert.IsType<SubmitAction>(b.Fallback).Data!["verb"]));
        Assert.Equal(["Report an incident", "Request access", "My tickets", "Ask a question"], buttons.Select(b => b.Title));
    }

    [Fact]
    public void Build_WithNote_PutsItFirstInAnEmphasisContainer()
    {
        var card = WelcomeCard.Build(SampleCards.FrenchWelcome);

        var note = Assert.IsType<Container>(card.Body[0]);
        Assert.Equal(ContainerStyle.Emphasis, note.Style);
        Assert.Equal("Dites-moi ce qui ne fonctionne pas.", Assert.IsType<TextBlock>(Assert.Single(note.Items)).Text);
    }

    [Fact]
    public void Build_FallbackTextListsTheOptions()
    {
        var card = WelcomeCard.Build(SampleCards.FrenchWelcome);

        Assert.Contains("- Demander un accès: Obtenir l'accès à une application.", card.FallbackText, StringComparison.Ordinal);
        Assert.True(CardJson.FitsBudget(card));
    }

    private static List<string> Texts(AdaptiveCard card)
    {
        var json = JsonNode.Parse(CardJson.Serialize(card))!;
        return [.. json["body"]!.AsArray().SelectMany(Flatten)];

        static IEnumerable<string> Flatten(JsonNode? node) =>
            (string?)node!["type"] == "TextBlock" ? [(string)node["text"]!] : node["items"]?.AsArray().SelectMany(Flatten) ?? [];
    }
}
