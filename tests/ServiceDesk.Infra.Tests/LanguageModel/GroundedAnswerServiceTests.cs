using System.Text.Json.Nodes;
using ServiceDesk.Infra.LanguageModel;

namespace ServiceDesk.Infra.Tests.LanguageModel;

/// <summary>Grounded answers through the real OpenAI connector, over HTTP, against the fake model on loopback.</summary>
public sealed class GroundedAnswerServiceTests
{
    [Fact]
    public async Task SupportedReply_IsTheAnswerWithItsCitations()
    {
        await using var harness = await ModelHarness.StartAsync();
        harness.Model.Script(FakeModelAnswer.Grounded("Open the self-service page, confirm, choose a new password.", true, "password-reset"));

        var answer = await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None);

        Assert.NotNull(answer);
        Assert.True(answer.Supported);
        Assert.Equal("Open the self-service page, confirm, choose a new password.", answer.Text);
        Assert.Equal(["password-reset"], answer.CitedArticleIds);
    }

    [Fact]
    public async Task Request_HoldsOnlyTheInstructionsThePassagesAndTheQuestion_WithAJsonSchemaAndNoTools()
    {
        await using var harness = await ModelHarness.StartAsync();
        harness.Model.Script(FakeModelAnswer.Grounded("x", true, "password-reset"));

        await harness.Answers.AnswerAsync(Passages.Question("Comment réinitialiser mon mot de passe ?", "fr"), CancellationToken.None);

        var request = harness.Model.LastRequest;
        Assert.Equal("fake-chat", request["model"]!.GetValue<string>());
        Assert.Null(request["tools"]);
        Assert.Equal("json_schema", request["response_format"]!["type"]!.GetValue<string>());
        var schema = request["response_format"]!["json_schema"]!["schema"]!["properties"]!.AsObject();
        Assert.Equal(["answer", "citedArticleIds", "answered"], schema.Select(p => p.Key));
        var messages = request["messages"]!.AsArray();
        Assert.Equal(2, messages.Count);
        Assert.Equal("system", messages[0]!["role"]!.GetValue<string>());
        Assert.Equal(GroundedPrompt.Instructions, Text(messages[0]!));
        var user = JsonNode.Parse(Text(messages[1]!))!;
        Assert.Equal("fr", user["language"]!.GetValue<string>());
        Assert.Equal("Comment réinitialiser mon mot de passe ?", user["question"]!.GetValue<string>());
        var passages = user["passages"]!.AsArray();
        Assert.Equal(["password-reset", "vpn-connect"], passages.Select(p => p!["articleId"]!.GetValue<string>()));
        Assert.Equal(Passages.Vpn.Text, passages[1]!["text"]!.GetValue<string>());
        Assert.Equal(["articleId", "title", "language", "text"], passages[0]!.AsObject().Select(p => p.Key));
        Assert.Equal(["language", "passages", "question"], user.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task CitationsNotRetrieved_AreDropped()
    {
        await using var harness = await ModelHarness.StartAsync();
        harness.Model.Script(FakeModelAnswer.Grounded("Do this.", true, "made-up", "password-reset", "password-reset"));

        var answer = await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None);

        Assert.Equal(["password-reset"], answer!.CitedArticleIds);
    }

    [Theory]
    [InlineData(true, "made-up")]
    [InlineData(false, "password-reset")]
    [InlineData(true)]
    public async Task AnswerWithoutARetrievedCitation_OrNotAnswered_IsNotSupported(bool answered, params string[] cited)
    {
        await using var harness = await ModelHarness.StartAsync();
        harness.Model.Script(FakeModelAnswer.Grounded("Something the passages do not say.", answered, cited));

        var answer = await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None);

        Assert.NotNull(answer);
        Assert.False(answer.Supported);
        Assert.Empty(answer.CitedArticleIds);
    }

    [Fact]
    public async Task TokenCounts_AreMetrics()
    {
        await using var harness = await ModelHarness.StartAsync();
        harness.Model.Script(new FakeModelAnswer.Completion("""{"answer":"a","citedArticleIds":["vpn-connect"],"answered":true}""", 321, 45));

        await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None);

        Assert.Equal(321, harness.Sum("servicedesk.llm.tokens", "direction=input"));
        Assert.Equal(45, harness.Sum("servicedesk.llm.tokens", "direction=output"));
        Assert.Equal(1, harness.Sum("servicedesk.llm.calls", "outcome=answered"));
    }

    [Fact]
    public async Task MaxTokensPerAnswer_IsTheLimitTheRequestAsksFor()
    {
        await using var harness = await ModelHarness.StartAsync(settings: new Dictionary<string, string?> { ["LanguageModel:MaxTokensPerAnswer"] = "123" });
        harness.Model.Script(FakeModelAnswer.Grounded("a", true, "password-reset"));

        await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None);

        var request = harness.Model.LastRequest;
        Assert.Equal(123, (request["max_completion_tokens"] ?? request["max_tokens"])!.GetValue<int>());
        Assert.Equal(0, request["temperature"]!.GetValue<double>());
    }

    [Fact]
    public async Task NoProviderConfigured_AnswersNullWithoutCalling()
    {
        await using var harness = await ModelHarness.StartAsync(settings: new Dictionary<string, string?> { ["LanguageModel:Provider"] = "None" });

        Assert.Null(await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None));
        Assert.Empty(harness.Model.Requests);
    }

    [Fact]
    public async Task NoPassages_AnswersNullWithoutCalling()
    {
        await using var harness = await ModelHarness.StartAsync();

        Assert.Null(await harness.Answers.AnswerAsync(new Dialogs.Assist.GroundedQuestion("How?", "en", []), CancellationToken.None));
        Assert.Empty(harness.Model.Requests);
    }

    internal static string Text(JsonNode message) =>
        message["content"] is JsonArray parts ? string.Concat(parts.Select(p => p!["text"]?.GetValue<string>())) : message["content"]!.GetValue<string>();
}
