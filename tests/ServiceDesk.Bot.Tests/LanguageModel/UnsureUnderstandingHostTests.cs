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
    private readonly ModelHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task UnsureMessage_ReadByTheModel_IsTheIncidentSummaryToConfirm()
    {
        _host.Model.Script(new FakeModelAnswer.Completion("""{"intent":"ReportIncident","category":"printing","service":"printer","impact":"Low","urgency":"Low"}"""));

        Assert.Equal(HttpStatusCode.OK, (await MessageAsync("the big grey box near the lifts chews every sheet I give it")).StatusCode);

        var sent = string.Join("\n", (await _host.Connector.WaitForAsync(2)).Select(r => r.Body!.Value.GetRawText()));
        Assert.Contains("Ready to create your ticket", sent, StringComparison.Ordinal);
        Assert.Contains("incident.create", sent, StringComparison.Ordinal);
        var request = Assert.Single(_host.Model.Requests);
        var schema = request["response_format"]!["json_schema"]!;
        Assert.Equal("intent_reading", schema["name"]!.GetValue<string>());
        Assert.Contains("printing", schema["schema"]!["properties"]!["category"]!["enum"]!.ToJsonString(), StringComparison.Ordinal);
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
