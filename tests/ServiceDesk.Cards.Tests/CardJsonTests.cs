using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceDesk.Cards;

namespace ServiceDesk.Cards.Tests;

public sealed class CardJsonTests
{
    private static JsonObject Json(AdaptiveCard card) => JsonNode.Parse(CardJson.Serialize(card))!.AsObject();

    // Property order does not matter to Teams: compare JSON trees.
    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {expected}\nactual   {actual?.ToJsonString()}");

    [Fact]
    public void Serialize_Root_HasTypeSchemaVersion15AndNoNulls()
    {
        var json = Json(new AdaptiveCard { Body = [new TextBlock("Hi")] });

        Assert.Equal("AdaptiveCard", (string?)json["type"]);
        Assert.Equal("1.5", (string?)json["version"]);
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)json["$schema"]);
        Assert.Equal(["type", "$schema", "version", "body"], json.Select(p => p.Key));
        AssertJson("""{"type":"TextBlock","text":"Hi"}""", json["body"]![0]);
    }

    [Fact]
    public void Serialize_EveryElement_WritesTheRightTypeDiscriminators()
    {
        var json = Json(SampleCards.EveryElement());

        var types = json["body"]!.AsArray().Select(e => (string?)e!["type"]).ToList();
        Assert.Equal(
            ["TextBlock", "TextBlock", "TextBlock", "RichTextBlock", "FactSet", "Container", "ColumnSet", "Input.Text", "Input.Text",
             "Input.ChoiceSet", "Input.ChoiceSet", "Input.Date", "Input.Toggle", "ActionSet"],
            types);
        Assert.Equal(["Action.Execute", "Action.Submit", "Action.OpenUrl", "Action.ShowCard"], json["actions"]!.AsArray().Select(a => (string?)a!["type"]));
        Assert.Equal("TextRun", (string?)json["body"]![3]!["inlines"]![0]!["type"]);
        Assert.Equal("Column", (string?)json["body"]![6]!["columns"]![0]!["type"]);
        Assert.Equal("Action.Execute", (string?)json["body"]![5]!["selectAction"]!["type"]);
    }

    [Fact]
    public void Serialize_Enums_AreCamelCaseStrings()
    {
        var json = Json(SampleCards.EveryElement());

        var title = json["body"]![0]!;
        Assert.Equal("large", (string?)title["size"]);
        Assert.Equal("bolder", (string?)title["weight"]);
        Assert.Equal("accent", (string?)title["color"]);
        Assert.Equal("center", (string?)title["horizontalAlignment"]);
        Assert.Equal("attention", (string?)json["body"]![5]!["style"]);
        Assert.Equal("expanded", (string?)json["body"]![9]!["style"]);
        Assert.Equal("positive", (string?)json["body"]![13]!["actions"]![0]!["style"]);
    }

    [Fact]
    public void Serialize_TeamsPropertiesAndRefresh_HaveTheShapeTeamsReads()
    {
        var json = Json(SampleCards.EveryElement());

        AssertJson("""{"width":"Full","entities":[{"type":"mention","text":"<at>Ana Agent</at>","mentioned":{"id":"29:agent","name":"Ana Agent"}}]}""", json["msteams"]);
        Assert.Equal("Action.Execute", (string?)json["refresh"]!["action"]!["type"]);
        Assert.Equal("ticket.refresh", (string?)json["refresh"]!["action"]!["verb"]);
        Assert.Equal(["29:user"], json["refresh"]!["userIds"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public void Serialize_Inputs_WriteIdLabelAndValidationProperties()
    {
        var input = Json(SampleCards.EveryElement())["body"]![7]!.AsObject();

        AssertJson(
            """{"type":"Input.Text","id":"title","label":"Title","isRequired":true,"errorMessage":"A title is required.","placeholder":"Short title","maxLength":120}""",
            input);
        Assert.Equal("type", input.First().Key);
    }

    [Fact]
    public void Deserialize_SerializedCard_RoundTripsToTheSameJson()
    {
        var json = CardJson.Serialize(SampleCards.EveryElement());

        var card = CardJson.Deserialize(json);

        Assert.NotNull(card);
        Assert.IsType<ShowCardAction>(card.Actions![3]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(CardJson.Serialize(card))));
    }

    [Fact]
    public void Deserialize_TypeNotFirst_IsAccepted()
    {
        var card = CardJson.Deserialize("""{"version":"1.5","body":[{"text":"x","type":"TextBlock"}],"type":"AdaptiveCard"}""");

        Assert.Equal("x", Assert.IsType<TextBlock>(Assert.Single(card!.Body)).Text);
    }

    [Fact]
    public void Serialize_French_KeepsAccentsUnescaped()
    {
        var json = CardJson.Serialize(new AdaptiveCard { Body = [new TextBlock("Signaler un incident « été »")] });

        Assert.Contains("Signaler un incident « été »", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToElement_IsTheSameJsonAsSerialize()
    {
        var card = SampleCards.EveryElement();

        Assert.Equal(JsonValueKind.Object, CardJson.ToElement(card).ValueKind);
        Assert.Equal(CardJson.Serialize(card), CardJson.ToElement(card).GetRawText());
    }
}
