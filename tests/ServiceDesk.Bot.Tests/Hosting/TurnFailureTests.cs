using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Tests.Hosting;

/// <summary>The one place that catches: log, apologise in the user's language, clear that conversation's dialog state.</summary>
public sealed class TurnFailureTests
{
    private const string ConversationId = "a:1Xy9ZkL_personal-chat-id-with-underscores_and-dashes-0123456789";
    private const string UserId = "29:1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-abcdefghijklmnopqrstuvwxyzABCDEFG";

    private static Mock<ITurnHandler> Throwing()
    {
        var handler = new Mock<ITurnHandler>();
        handler.Setup(h => h.HandleAsync(It.IsAny<Turn>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("secret internal detail"));
        return handler;
    }

    [Fact]
    public async Task A_failing_turn_apologises_in_french_and_clears_the_dialog_state()
    {
        await using var connector = await FakeConnector.StartAsync();
        var handler = Throwing();
        await using var factory = new BotHostFactory(services: s => s.AddSingleton(handler.Object));
        using var client = factory.CreateClient();
        var states = factory.Services.GetRequiredService<IDialogStateStore>();
        await states.SaveAsync(ConversationId, UserId, new DialogStateRecord("reportIncident", "{}", DateTimeOffset.UtcNow), CancellationToken.None);

        var response = await client.PostAsync("/api/messages",
            new StringContent(ActivityFixtures.With("personal-message", connector.BaseUrl), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(await connector.WaitForAsync(1));
        var text = sent.Body!.Value.GetProperty("text").GetString();
        Assert.Contains("Désolé", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret internal detail", text, StringComparison.Ordinal);
        Assert.Null(await states.GetAsync(ConversationId, UserId, CancellationToken.None));
    }

    [Fact]
    public async Task A_failing_invoke_is_still_answered_with_an_error_body()
    {
        await using var connector = await FakeConnector.StartAsync();
        var handler = Throwing();
        await using var factory = new BotHostFactory(services: s => s.AddSingleton(handler.Object));
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/messages",
            new StringContent(ActivityFixtures.With("adaptive-card-action-invoke", connector.BaseUrl), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret internal detail", raw, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(raw);
        Assert.Equal(500, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_turn_over_its_time_budget_is_cut_and_apologised_for()
    {
        await using var connector = await FakeConnector.StartAsync();
        var handler = new Mock<ITurnHandler>();
        handler.Setup(h => h.HandleAsync(It.IsAny<Turn>(), It.IsAny<CancellationToken>()))
            .Returns(async (Turn _, CancellationToken ct) => { await Task.Delay(Timeout.Infinite, ct); return TurnResult.Nothing; });
        await using var factory = new BotHostFactory(new Dictionary<string, string?> { ["Bot:TurnBudgetSeconds"] = "1" }, s => s.AddSingleton(handler.Object));
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/messages",
            new StringContent(ActivityFixtures.With("personal-message", connector.BaseUrl), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(await connector.WaitForAsync(1));
        Assert.Contains("Désolé", sent.Body!.Value.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
