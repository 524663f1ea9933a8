using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>
/// A stand-in for the Bot Connector service on a real loopback port: records every request and
/// answers <c>{"id": ...}</c>. Tests wait on what it received, never sleep.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();
    private readonly SemaphoreSlim _signal = new(0);
    private int _ids;

    public sealed record ReceivedRequest(string Method, string Path, string? Authorization, JsonElement? Body);

    private FakeConnector(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public IReadOnlyCollection<ReceivedRequest> Received => _received.ToArray();

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.BaseUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    private async Task HandleAsync(HttpContext http)
    {
        JsonElement? body = null;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            using var doc = await JsonDocument.ParseAsync(http.Request.Body);
            body = doc.RootElement.Clone();
        }
        _received.Enqueue(new ReceivedRequest(http.Request.Method, Uri.UnescapeDataString(http.Request.Path.Value ?? string.Empty), http.Request.Headers.Authorization.ToString(), body));
        _signal.Release();
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync($"{{\"id\":\"sent-{Interlocked.Increment(ref _ids)}\"}}");
    }

    /// <summary>Waits until <paramref name="count"/> requests have arrived in all, or fails after the timeout.</summary>
    public async Task<IReadOnlyList<ReceivedRequest>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (_received.Count < count)
        {
            try
            {
                await _signal.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The fake connector received {_received.Count} requests, expected {count}.");
            }
        }
        return _received.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _signal.Dispose();
    }
}
