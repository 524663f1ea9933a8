using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Infra.Tests.LanguageModel;

namespace ServiceDesk.Bot.Tests.Flows;

/// <summary>
/// A knowledge question through the real host with the language model configured: the real knowledge base retrieves,
/// the real OpenAI connector asks the fake model on loopback, the reply the connector receives is the generated card.
/// </summary>
public sealed class GroundedAnswerHostTests : IAsyncLifetime
{
    private readonly ModelHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Question_IsAnsweredByTheModel_WithItsSourceAndTheAiLabel()
    {
        _host.Model.Script(FakeModelAnswer.CitingFirstPassage("Use the self-service password page, then sign in again."));

        Assert.Equal(HttpStatusCode.OK, (await MessageAsync("how do I reset my password?")).StatusCode);

        var sent = (await _host.Connector.WaitForAsync(1)).Single().Body!.Value.GetRawText();
        Assert.Contains("AI-generated answer", sent, StringComparison.Ordinal);
        Assert.Contains("Use the self-service password page, then sign in again.", sent, StringComparison.Ordinal);
        Assert.Contains("kb.open", sent, StringComparison.Ordinal);
        // Teams' own "AI generated" label on the message.
        Assert.Contains("\"additionalType\":[\"AIGeneratedContent\"]", sent, StringComparison.Ordinal);
        var request = Assert.Single(_host.Model.Requests);
        // No key configured (a local server): the client sends a placeholder, never a secret of ours.
        Assert.Equal("Bearer none", Assert.Single(_host.Model.Authorizations));
        Assert.Equal("json_schema", request["response_format"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task ModelFailing_IsTheArticleCardAsWithoutAModel()
    {
        _host.Model.Script(new FakeModelAnswer.Failure(500));

        Assert.Equal(HttpStatusCode.OK, (await MessageAsync("how do I reset my password?")).StatusCode);

        var sent = (await _host.Connector.WaitForAsync(1)).Single().Body!.Value.GetRawText();
        Assert.DoesNotContain("AI-generated", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("AIGeneratedContent", sent, StringComparison.Ordinal);
        Assert.Contains("kb.helpful", sent, StringComparison.Ordinal);
        Assert.Single(_host.Model.Requests);
    }

    [Fact]
    public void ModelTimeoutNotInsideTheTurnBudget_StopsTheStartNamingBothSettings()
    {
        using var factory = new BotHostFactory(new Dictionary<string, string?>
        {
            ["LanguageModel:Provider"] = "OpenAICompatible",
            ["LanguageModel:Endpoint"] = _host.Model.Endpoint.ToString(),
            ["LanguageModel:ChatModel"] = "fake-chat",
            ["LanguageModel:TimeoutMs"] = "4000",
            ["Bot:TurnBudgetSeconds"] = "5",
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("LanguageModel:TimeoutMs (4000)", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Bot:TurnBudgetSeconds", error.ToString(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> MessageAsync(string text)
    {
        var json = ActivityFixtures.With("personal-message", _host.Connector.BaseUrl, a =>
        {
            a["text"] = text;
            a["id"] = Guid.NewGuid().ToString("N");
            a["locale"] = "en-US";
        });
        return await _host.Client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
    }
}
