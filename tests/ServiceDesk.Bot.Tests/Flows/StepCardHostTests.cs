using System.Net;
using System.Text;
using System.Text.Json;
using ServiceDesk.Bot.Tests.Support;

namespace ServiceDesk.Bot.Tests.Flows;

/// <summary>
/// A step answered by typing, through <c>POST /api/messages</c>: the next step comes as a new message, and the card
/// that was answered is replaced in place (PUT over the activity id the connector gave it) with no button left.
/// </summary>
public sealed class StepCardHostTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private BotHostFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _factory = new BotHostFactory();
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task A_typed_answer_replaces_the_step_card_it_answered_and_the_next_step_is_a_new_message()
    {
        await SayAsync("mon outlook plante tous les matins depuis la mise à jour");
        var received = _connector.Received.ToList();
        var stepIndex = received.FindLastIndex(r => r.Method == "POST" && Text(r).Contains("Qui est touché ?", StringComparison.Ordinal));
        Assert.True(stepIndex >= 0, "the first step card was posted");
        var stepId = $"act-{stepIndex + 1}";
        var before = received.Count;

        await SayAsync("moi seulement");
        var after = await _connector.WaitForAsync(before + 2);

        var turn = after.Skip(before).ToList();
        Assert.Equal("POST", turn[0].Method);
        Assert.Contains("Quelle part de votre travail est bloquée ?", Text(turn[0]), StringComparison.Ordinal);
        var put = Assert.Single(turn, r => r.Method == "PUT");
        Assert.EndsWith("/activities/" + stepId, put.Path, StringComparison.Ordinal);
        var card = Text(put);
        Assert.Contains("Qui est touché ?", card, StringComparison.Ordinal);
        Assert.Contains("Vous avez répondu : moi seulement", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Action.", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.", card, StringComparison.Ordinal);
    }

    private async Task SayAsync(string text)
    {
        var before = _connector.Received.Count;
        var json = ActivityFixtures.With("personal-message", _connector.BaseUrl, a =>
        {
            a["text"] = text;
            a["id"] = Guid.NewGuid().ToString("N");
            a["locale"] = "fr-FR";
        });
        var response = await _client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _connector.WaitForAsync(before + 1);
    }

    private static string Text(FakeConnector.ReceivedRequest request) =>
        request.Body is { } body
            ? JsonSerializer.Serialize(body, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            : string.Empty;
}
