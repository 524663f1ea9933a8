using System.Text.Json;
using ServiceDesk.TestKit;

namespace ServiceDesk.Cards.Tests.Json;

/// <summary>The card model's generated JSON metadata writes and reads exactly what reflection did.</summary>
public sealed class CardJsonContextTests
{
    [Fact]
    public void EveryElementCard_WritesTheSameJsonAsReflection()
    {
        var json = JsonContracts.AssertSameAsReflection(typeof(AdaptiveCard), SampleCards.EveryElement(), CardJson.Options, CardJsonContext.Default);

        Assert.Contains("\"type\":\"Input.ChoiceSet\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void CardWithEveryMemberSet_WritesTheSameJsonAsReflection()
    {
        // A single action (a refresh, a fallback) is an Action.Execute: a refresh accepts no other.
        var card = new JsonSamples(t => t == typeof(AdaptiveAction) ? new ExecuteAction("refresh") { Title = "Refresh" } : null).Of<AdaptiveCard>();

        var json = JsonContracts.AssertSameAsReflection(typeof(AdaptiveCard), card, CardJson.Options, CardJsonContext.Default);

        // The relaxed encoder is kept: accents stay as they are.
        Assert.Contains("é ✓", json, StringComparison.Ordinal);
        Assert.Contains("\"msteams\":", json, StringComparison.Ordinal);
    }

    [Fact]
    public void WelcomeCards_WriteTheSameJsonAsReflection()
    {
        foreach (var view in new[] { SampleCards.EnglishWelcome, SampleCards.FrenchWelcome })
        {
            JsonContracts.AssertSameAsReflection(typeof(AdaptiveCard), WelcomeCard.Build(view), CardJson.Options, CardJsonContext.Default);
        }
    }

    [Fact]
    public void CardWithTypeAfterItsProperties_StillReads()
    {
        const string Json = """{"body":[{"text":"Hi","type":"TextBlock"}],"actions":[{"title":"Go","verb":"go","type":"Action.Execute"}],"type":"AdaptiveCard"}""";

        var card = CardJson.Deserialize(Json)!;

        Assert.Equal("Hi", Assert.IsType<TextBlock>(Assert.Single(card.Body)).Text);
        Assert.Equal("go", Assert.IsType<ExecuteAction>(Assert.Single(card.Actions!)).Verb);
    }

    [Fact]
    public void Options_ResolveTheCardFromTheGeneratedContext()
    {
        var info = CardJson.Options.GetTypeInfo(typeof(AdaptiveCard));

        Assert.Same(CardJsonContext.Default, info.OriginatingResolver);
    }
}
