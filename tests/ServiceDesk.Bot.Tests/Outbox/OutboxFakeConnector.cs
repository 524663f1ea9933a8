using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>
/// A Bot Connector stand-in over real HTTP on 127.0.0.1 for the outbox: answers like Teams (activity ids, new
/// conversation ids), records every call with its marker (the message text, or the user a 1:1 is created for), and
/// plays scripted failures per marker (429 with Retry-After, 503, 403, 404, 400).
/// </summary>
internal sealed class OutboxFakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ConnectorCall> calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedReply>> scripts = new();
    private readonly ConcurrentDictionary<string, ScriptedReply> always = new();
    private volatile TaskCompletionSource? hold;
    private int ids;

    private OutboxFakeConnector(WebApplication app) => this.app = app;

    public string ServiceUrl => app.Urls.Single().TrimEnd('/') + "/";

    public IReadOnlyList<ConnectorCall> Calls => [.. calls];

    public static async Task<OutboxFakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new OutboxFakeConnector(builder.Build());
        fake.app.Run(fake.HandleAsync);
        await fake.app.StartAsync();
        return fake;
    }

    /// <summary>The next calls for <paramref name="marker"/> get these answers, in order; later ones succeed.</summary>
    public void Script(string marker, params ScriptedReply[] replies)
    {
        var queue = scripts.GetOrAdd(marker, _ => new ConcurrentQueue<ScriptedReply>());
        foreach (var reply in replies)
        {
            queue.Enqueue(reply);
        }
    }

    /// <summary>Every call for <paramref name="marker"/> gets this answer.</summary>
    public void Always(string marker, ScriptedReply reply) => always[marker] = reply;

    public IReadOnlyList<ConnectorCall> CallsFor(string marker) => [.. calls.Where(c => c.Marker == marker)];

    /// <summary>
    /// From now on calls are taken (logged as landed, status 200: Teams would have posted them) but not answered
    /// until <see cref="Release"/>: the sender is caught mid-delivery.
    /// </summary>
    public void HoldAnswers() => hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Answers the held calls and stops holding.</summary>
    public void Release() => Interlocked.Exchange(ref hold, null)?.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(stop.Token);
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var json = body.RootElement.Clone();
        var marker = Text(json) ?? Text(json, "activity") ?? FirstMember(json);
        var reply = marker is not null && always.TryGetValue(marker, out var fixedReply) ? fixedReply
            : marker is not null && scripts.TryGetValue(marker, out var queue) && queue.TryDequeue(out var next) ? next
            : null;
        var status = reply?.Status ?? 200;
        var held = hold;
        calls.Enqueue(new ConnectorCall(context.Request.Method, context.Request.Path.Value ?? string.Empty, json, marker, DateTimeOffset.UtcNow, status, held is not null));
        if (held is not null)
        {
            await held.Task;
        }

        if (reply?.Delay is { } delay)
        {
            // Slower than the sender waits: it gives up first (the log says the scripted status: not posted).
            await Task.Delay(delay, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        context.Response.StatusCode = status;
        if (reply?.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        context.Response.ContentType = "application/json";
        var succeeds = reply is null || status is >= 200 and < 300;
        await context.Response.WriteAsync(succeeds ? Success(context.Request, json) : JsonSerializer.Serialize(new { error = new { code = reply!.Code, message = "scripted" } }));
    }

    private string Success(HttpRequest request, JsonElement json)
    {
        var n = Interlocked.Increment(ref ids);
        var path = request.Path.Value ?? string.Empty;
        if (request.Method == HttpMethods.Put)
        {
            return JsonSerializer.Serialize(new { id = path[(path.LastIndexOf('/') + 1)..] });
        }

        if (path.EndsWith("/v3/conversations", StringComparison.Ordinal))
        {
            return json.GetProperty("isGroup").GetBoolean()
                ? JsonSerializer.Serialize(new { id = $"{json.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString()};messageid=root-{n}", activityId = $"root-{n}" })
                : JsonSerializer.Serialize(new { id = "a:chat-" + FirstMember(json) });
        }

        return JsonSerializer.Serialize(new { id = $"act-{n}" });
    }

    private static string? Text(JsonElement json, string? inside = null)
    {
        if (inside is not null && !json.TryGetProperty(inside, out json))
        {
            return null;
        }

        return json.ValueKind == JsonValueKind.Object && json.TryGetProperty("text", out var text) ? text.GetString() : null;
    }

    private static string? FirstMember(JsonElement json) =>
        json.TryGetProperty("members", out var members) && members.GetArrayLength() > 0 ? members[0].GetProperty("id").GetString() : null;
}

/// <summary>One request the fake received, with the status it answered; <paramref name="Held"/>: taken while answers were held.</summary>
internal sealed record ConnectorCall(string Method, string Path, JsonElement Body, string? Marker, DateTimeOffset ReceivedAt, int Status, bool Held = false)
{
    /// <summary>A POST Teams would have turned into a message (answered 200, or taken and held).</summary>
    public bool Landed => Method == "POST" && Status == 200;
}

/// <summary>A scripted failure: status, optional Retry-After header, Teams error code, optional delay before answering.</summary>
internal sealed record ScriptedReply(int Status, string? RetryAfter = null, string Code = "Scripted", TimeSpan? Delay = null);
