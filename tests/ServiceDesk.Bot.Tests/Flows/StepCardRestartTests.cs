using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Hosting;
using ServiceDesk.Bot.Tests.Support;

namespace ServiceDesk.Bot.Tests.Flows;

/// <summary>
/// A step card's place survives the instance that posted it: when that host stops, the place is written with the
/// dialog, so a typed answer served by another instance on the same storage still replaces the card in place.
/// </summary>
public sealed class StepCardRestartTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private BotHostFactory _first = null!;
    private BotHostFactory _second = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _first = new BotHostFactory();
        _second = new BotHostFactory(new Dictionary<string, string?> { ["Storage:DataFolder"] = _first.DataFolder });
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task A_typed_answer_on_another_instance_after_the_first_stopped_replaces_the_step_card()
    {
        using var first = _first.CreateClient();
        await SayAsync(first, "mon outlook plante tous les matins depuis la mise à jour");
        var received = _connector.Received.ToList();
        var stepIndex = received.FindLastIndex(r => r.Method == "POST" && Text(r).Contains("Qui est touché ?", StringComparison.Ordinal));
        Assert.True(stepIndex >= 0, "the first step card was posted");
        var keeping = _first.Services.GetRequiredService<StepCardKeeping>();
        await keeping.StopAsync(CancellationToken.None);
        var before = _connector.Received.Count;

        using var second = _second.CreateClient();
        await SayAsync(second, "moi seulement");
        var after = await _connector.WaitForAsync(before + 2);

        var put = Assert.Single(after.Skip(before), r => r.Method == "PUT");
        Assert.EndsWith($"/activities/act-{stepIndex + 1}", put.Path, StringComparison.Ordinal);
        Assert.Contains("Vous avez répondu : moi seulement", Text(put), StringComparison.Ordinal);
    }

    private async Task SayAsync(HttpClient client, string text)
    {
        var before = _connector.Received.Count;
        var json = ActivityFixtures.With("personal-message", _connector.BaseUrl, a =>
        {
            a["text"] = text;
            a["id"] = Guid.NewGuid().ToString("N");
            a["locale"] = "fr-FR";
        });
        var response = await client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _connector.WaitForAsync(before + 1);
    }

    private static string Text(FakeConnector.ReceivedRequest request) =>
        request.Body is { } body
            ? JsonSerializer.Serialize(body, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            : string.Empty;
}
