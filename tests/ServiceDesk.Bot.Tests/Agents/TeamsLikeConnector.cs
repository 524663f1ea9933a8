using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Bot.Tests.Agents;

/// <summary>
/// A Bot Connector stand-in on 127.0.0.1 that answers like Teams for channel threads (new thread → its
/// <c>;messageid=</c> conversation id and root activity id) and can answer the next PUT with 404, as Teams does for a
/// message someone deleted.
/// </summary>
internal sealed class TeamsLikeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Method, string Path, string Body)> _calls = new();
    private int _ids;
    private int _failNextPut;

    private TeamsLikeConnector(WebApplication app) => _app = app;

    public string ServiceUrl => _app.Urls.Single().TrimEnd('/') + "/";

    public IReadOnlyList<(string Method, string Path, string Body)> Calls => [.. _calls];

    public static async Task<TeamsLikeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var connector = new TeamsLikeConnector(builder.Build());
        connector._app.Run(connector.HandleAsync);
        await connector._app.StartAsync();
        return connector;
    }

    /// <summary>The next PUT (card update) answers 404 MessageNotFound.</summary>
    public void DeleteCardOnce() => Interlocked.Exchange(ref _failNextPut, 1);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        var path = Uri.UnescapeDataString(http.Request.Path.Value ?? string.Empty);
        _calls.Enqueue((http.Request.Method, path, body));
        http.Response.ContentType = "application/json";
        var n = Interlocked.Increment(ref _ids);
        if (http.Request.Method == HttpMethods.Put && Interlocked.Exchange(ref _failNextPut, 0) == 1)
        {
            http.Response.StatusCode = 404;
            await http.Response.WriteAsync("""{"error":{"code":"MessageNotFound","message":"deleted"}}""");
            return;
        }

        if (path.EndsWith("/v3/conversations", StringComparison.Ordinal))
        {
            using var json = JsonDocument.Parse(body);
            var channel = json.RootElement.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString();
            await http.Response.WriteAsync(JsonSerializer.Serialize(new { id = $"{channel};messageid=root-{n}", activityId = $"root-{n}" }));
            return;
        }

        await http.Response.WriteAsync(JsonSerializer.Serialize(new { id = $"act-{n}" }));
    }
}
