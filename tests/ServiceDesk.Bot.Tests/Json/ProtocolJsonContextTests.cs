using System.Text.Json;
using ServiceDesk.Bot.Api;
using ServiceDesk.Bot.Protocol;
using ServiceDesk.Bot.Teams;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.TestKit;

namespace ServiceDesk.Bot.Tests.Json;

/// <summary>
/// What crosses the wire, and the API's answers, with generated JSON metadata: exactly what reflection wrote, and every
/// type a turn sends or receives known to the generated context alone.
/// </summary>
public sealed class ProtocolJsonContextTests
{
    // A single card action (a refresh, a fallback) is an Action.Execute: a refresh accepts no other.
    private static readonly JsonSamples Samples = new(t =>
        t == typeof(TicketNumber) ? new TicketNumber(TicketKind.Incident, 42)
        : t == typeof(AdaptiveAction) ? new ExecuteAction("refresh") { Title = "Refresh" }
        : null);

    public static TheoryData<Type> ProtocolTypes() => [.. Listed(typeof(ProtocolJsonContext))];

    public static TheoryData<Type> ApiTypes() => [.. Listed(typeof(ApiJsonContext))];

    [Theory]
    [MemberData(nameof(ProtocolTypes))]
    public void ProtocolType_WithEveryMemberSet_WritesTheSameJsonAsReflection(Type type)
    {
        JsonContracts.AssertSameAsReflection(type, Samples.Of(type, 0, "wire"), ProtocolJson.Options, ProtocolJsonContext.Default);
    }

    [Theory]
    [MemberData(nameof(ApiTypes))]
    public void ApiAnswer_WithEveryMemberSet_WritesTheSameJsonAsReflection(Type type)
    {
        JsonContracts.AssertSameAsReflection(type, Samples.Of(type, 0, "api"), ApiJson.Options, ApiJsonContext.Default);
    }

    [Fact]
    public void ReplyWithACard_WritesTheSameJsonAsReflection_WithTheGeneratedContextAlone()
    {
        var incoming = Samples.Of<Activity>();
        var card = new AdaptiveCard { Body = [new TextBlock("Impact ?")], Actions = [new ExecuteAction("go") { Title = "Go" }] };
        var reply = OutgoingActivities.ReplyTo(incoming, Reply.Of(card), "fr-FR");
        reply.Entities = [OutgoingActivities.AiGenerated()];

        var json = JsonContracts.AssertSameAsReflection(typeof(Activity), reply, ProtocolJson.Options, ProtocolJsonContext.Default);

        Assert.Contains("\"content\":{\"type\":\"AdaptiveCard\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"Action.Execute\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void IncomingTeamsMessage_ReadsTheSameThroughTheGeneratedContext()
    {
        const string Body = """
            {"type":"message","id":"1","timestamp":"2026-12-07T04:00:00.123Z","serviceUrl":"https://smba.example/",
             "channelId":"msteams","from":{"id":"29:1","aadObjectId":"a","extra":1},"recipient":{"id":"28:bot"},
             "conversation":{"id":"a:1","conversationType":"personal","tenantId":"t"},"text":"help",
             "entities":[{"type":"clientInfo","locale":"fr-FR","timezone":"Europe/Paris"}],
             "channelData":{"tenant":{"id":"t"}},"value":{"verb":"x"},"unknown":[1,2], // comments and trailing commas pass
            }
            """;

        var activity = JsonSerializer.Deserialize<Activity>(Body, JsonContracts.GeneratedOnly(ProtocolJson.Options, ProtocolJsonContext.Default))!;

        Assert.Equal(
            JsonSerializer.Serialize(JsonSerializer.Deserialize<Activity>(Body, JsonContracts.Reflection(ProtocolJson.Options)), JsonContracts.Reflection(ProtocolJson.Options)),
            JsonSerializer.Serialize(activity, ProtocolJson.Options));
        Assert.True(activity.Extra!.ContainsKey("unknown"));
    }

    [Fact]
    public void InvokeBodies_WriteWhatTheAnonymousTypesWrote()
    {
        var card = new AdaptiveCard { Body = [new TextBlock("Done")] };
        var reflection = JsonContracts.Reflection(ProtocolJson.Options);
        var cases = new (InvokeAnswer Answer, object Before)[]
        {
            (InvokeAnswer.Error(412, "stale", "Refresh"), new { statusCode = 412, type = "application/vnd.microsoft.error.preconditionFailed", value = new { code = "stale", message = "Refresh" } }),
            (InvokeAnswer.Error(500, "serviceError", null!), new { statusCode = 500, type = "application/vnd.microsoft.error", value = new { code = "serviceError", message = (string?)null } }),
            (InvokeAnswer.WithCard(card), new { statusCode = 200, type = OutgoingActivities.AdaptiveCardContentType, value = card }),
            (new InvokeAnswer(200, Message: "Merci"), new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = "Merci" }),
        };

        foreach (var (answer, before) in cases)
        {
            object body = OutgoingActivities.InvokeBody(answer);
            Assert.Equal(JsonSerializer.Serialize(before, reflection), JsonSerializer.Serialize(body, JsonContracts.GeneratedOnly(ProtocolJson.Options, ProtocolJsonContext.Default)));
        }
    }

    private static List<Type> Listed(Type context) =>
        [.. context.GetCustomAttributesData().Where(a => a.AttributeType == typeof(System.Text.Json.Serialization.JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!)];
}
