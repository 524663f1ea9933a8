using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Bot.Tests.Connector;

/// <summary>What the fake connector received.</summary>
internal sealed record RecordedRequest(string Method, string RawTarget, string? Authorization, string Body, DateTimeOffset ReceivedAt);

/// <summary>
/// A Bot Connector stand-in over real HTTP on 127.0.0.1: answers each request with the next scripted
/// response (then with the fallback) and records what it received.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> script = new();
    private readonly ConcurrentQueue<RecordedRequest> requests = new();

    private FakeConnector(WebApplication app) => this.app = app;

    public Func<HttpContext, Task> Fallback { get; set; } = Json(200, """{"id":"fallback"}""");

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    /// <summary>Base address as Teams gives it, with a trailing slash.</summary>
    public string ServiceUrl => app.Urls.Single().TrimEnd('/') + "/";

    public int Port => new Uri(ServiceUrl).Port;

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeConnector(builder.Build());
        fake.app.Run(fake.HandleAsync);
        await fake.app.StartAsync();
        return fake;
    }

    public FakeConnector Then(Func<HttpContext, Task> response)
    {
        script.Enqueue(response);
        return this;
    }

    public FakeConnector Then(int status, string? json = null, string? retryAfter = null) =>
        Then(Json(status, json, retryAfter));

    /// <summary>Never answers: holds the request until the client gives up on it.</summary>
    public FakeConnector ThenHang() => Then(context => Task.Delay(Timeout.Infinite, context.RequestAborted));

    public static Func<HttpContext, Task> Json(int status, string? json = null, string? retryAfter = null) => async context =>
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }
        if (json is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json);
        }
    };

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(stop.Token);
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var receivedAt = DateTimeOffset.UtcNow;
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        requests.Enqueue(new(context.Request.Method, rawTarget, context.Request.Headers.Authorization.FirstOrDefault(), body, receivedAt));
        var respond = script.TryDequeue(out var next) ? next : Fallback;
        try
        {
            await respond(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client timed out or was cancelled: expected for ThenHang.
        }
    }
}
