using System.Net;
using System.Text;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Infra.Tests.LanguageModel;

namespace ServiceDesk.Bot.Tests.LanguageModel;

/// <summary>
/// A message the rules place nowhere, through the real host with the language model configured: the real connector asks
/// the fake model with the catalogue's closed lists, and its reading leads to the incident summary to confirm, not to a ticket.
/// </summary>
public sealed class UnsureUnderstandingHostTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private FakeOpenAI _model = null!;
    private BotHostFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _model = await FakeOpenAI.StartAsync();
        _factory = new BotHostFactory(new Dictionary<string, string?>
        {
            ["LanguageModel:Provider"] = "OpenAICompatible",
            ["LanguageModel:Endpoint"] = _model.Endpoint.ToString(),
            ["LanguageModel:ChatModel"] = "fake-chat",
            ["LanguageModel:TimeoutMs"] = "5000",
        });
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _model.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task UnsureMessage_ReadByTheModel_IsTheIncidentSummaryToConfirm()
    {
        _model.Script(new FakeModelAnswer.Completion("""{"intent":"ReportIncident","category":"printing","service":"printer","impact":"Low","urgency":"Low"}"""));

        Assert.Equal(HttpStatusCode.OK, (await MessageAsync("the big grey box near the lifts chews every sheet I give it")).StatusCode);

        var sent = string.Join("\n", (await _connector.WaitForAsync(2)).Select(r => r.Body!.Value.GetRawText()));
        Assert.Contains("Ready to create your ticket", sent, StringComparison.Ordinal);
        Assert.Contains("incident.create", sent, StringComparison.Ordinal);
        var request = Assert.Single(_model.Requests);
        var schema = request["response_format"]!["json_schema"]!;
        Assert.Equal("intent_reading", schema["name"]!.GetValue<string>());
        Assert.Contains("printing", schema["schema"]!["properties"]!["category"]!["enum"]!.ToJsonString(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> MessageAsync(string text)
    {
        var json = ActivityFixtures.With("personal-message", _connector.BaseUrl, a =>
        {
            a["text"] = text;
            a["id"] = Guid.NewGuid().ToString("N");
            a["locale"] = "en-US";
        });
        return await _client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
    }
}
