using System.Text.Json.Nodes;
using ServiceDesk.Cards;

namespace ServiceDesk.Cards.Tests;

public sealed class CardActionsTests
{
    [Fact]
    public void Execute_DataCarriesTheVerbAndTheCallersData()
    {
        var action = CardActions.Execute("Take it", "ticket.assign", new JsonObject { ["ticket"] = "INC-000001", ["version"] = 4 });

        Assert.Equal("ticket.assign", action.Verb);
        Assert.Equal("Take it", action.Title);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"verb":"ticket.assign","ticket":"INC-000001","version":4}"""), action.Data));
    }

    [Fact]
    public void Execute_FallbackIsASubmitDeliveringTheSameVerbAndData()
    {
        var action = CardActions.Execute("Approve", "access.approve", new JsonObject { ["request"] = "REQ-000045" }, ActionStyle.Positive);

        var fallback = Assert.IsType<SubmitAction>(action.Fallback);
        Assert.Equal("Approve", fallback.Title);
        Assert.Equal(ActionStyle.Positive, fallback.Style);
        Assert.True(JsonNode.DeepEquals(action.Data, fallback.Data));
        Assert.NotSame(action.Data, fallback.Data);
    }

    [Fact]
    public void Execute_DataWithItsOwnVerb_KeepsTheButtonsVerb()
    {
        var action = CardActions.Execute("Go", "menu.myTickets", new JsonObject { ["verb"] = "something.else" });

        Assert.Equal("menu.myTickets", (string?)action.Data!["verb"]);
    }

    [Fact]
    public void Execute_SerializesWithFallbackObject()
    {
        var json = JsonNode.Parse(CardJson.Serialize(new AdaptiveCard { Actions = [CardActions.Execute("Go", "menu.askQuestion")] }))!;

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"type":"Action.Execute","verb":"menu.askQuestion","title":"Go","data":{"verb":"menu.askQuestion"},"fallback":{"type":"Action.Submit","title":"Go","data":{"verb":"menu.askQuestion"}}}"""),
            json["actions"]![0]));
    }

    [Fact]
    public void Execute_BlankVerb_Throws()
    {
        Assert.Throws<ArgumentException>(() => CardActions.Execute("Go", " "));
    }
}
