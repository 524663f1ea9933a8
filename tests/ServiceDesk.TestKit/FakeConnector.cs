using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ServiceDesk.TestKit;

/// <summary>
/// The Bot Connector service on a real loopback port, for any number of bot instances at once: records every request
/// (whichever instance made it), answers like Teams (activity ids, new channel threads and 1:1 chats, the team's roster),
/// and plays what a test scripts: answers for the next requests or for requests that match, 429 with Retry-After,
/// failures, delays, held answers, Teams' rate limits. Tests wait on what it received, never sleep.
/// </summary>
public sealed partial class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedRequest> received = new();
    private LoopbackServer? server;
    private TaskCompletionSource changed = NewSignal();
    private int ids;
    private int reading;

    private FakeConnector()
    {
    }

    /// <summary>Base address as Teams gives it, with a trailing slash.</summary>
    public string ServiceUrl => server?.BaseUrl ?? throw new InvalidOperationException("not started");

    public string BaseUrl => ServiceUrl;

    public int Port => server?.Port ?? throw new InvalidOperationException("not started");

    public IReadOnlyList<ReceivedRequest> Received => [.. received];

    /// <summary>What arrived, with bodies as text.</summary>
    public IReadOnlyList<RecordedRequest> Requests =>
        [.. received.Select(r => new RecordedRequest(r.Method, r.RawTarget, r.Authorization is "" ? null : r.Authorization, r.Text, r.ReceivedAt))];

    public static async Task<FakeConnector> StartAsync(IReadOnlyList<(string Id, string Name)>? roster = null)
    {
        var connector = new FakeConnector();
        if (roster is not null)
        {
            connector.Roster = roster;
        }

        connector.server = await LoopbackServer.StartAsync(connector.HandleAsync);
        return connector;
    }

    /// <summary>Requests that landed (see <see cref="ReceivedRequest.Landed"/>), counted per tenant (null: none named).</summary>
    public IReadOnlyDictionary<string, int> LandedPerTenant() =>
        received.Where(r => r.Landed).GroupBy(r => r.Tenant ?? string.Empty).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Waits until <paramref name="count"/> requests have arrived in all, or fails after the timeout (10 s by default).</summary>
    public Task<IReadOnlyList<ReceivedRequest>> WaitForAsync(int count, TimeSpan? timeout = null) =>
        WaitUntilAsync(all => all.Count >= count ? all : null, all => $"The fake connector received {all.Count} requests, expected {count}.",
            timeout ?? TimeSpan.FromSeconds(10));

    /// <summary>Waits until a request matches, or fails naming what was awaited and listing what arrived.</summary>
    public Task<ReceivedRequest> WaitForAsync(Func<ReceivedRequest, bool> match, string what, TimeSpan timeout) =>
        WaitUntilAsync(all => all.FirstOrDefault(match), all => $"Waited {timeout.TotalSeconds} s for {what}; {all.Count} connector calls arrived:"
            + string.Concat(all.Select(c => $"{Environment.NewLine}{c.Method} {c.Path} → {c.Status}")), timeout);

    /// <summary>Waits until <paramref name="probe"/> finds what it looks for in everything received so far.</summary>
    public async Task<T> WaitUntilAsync<T>(Func<IReadOnlyList<ReceivedRequest>, T?> probe, Func<IReadOnlyList<ReceivedRequest>, string> failure, TimeSpan timeout)
        where T : class
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            // Taken before looking: a request that lands in between completes it and we look again.
            var next = Volatile.Read(ref changed).Task;
            var all = Received;
            if (probe(all) is { } found)
            {
                return found;
            }

            try
            {
                await next.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                throw new TimeoutException(failure(Received));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task HandleAsync(HttpContext context)
    {
        var arrivedAt = DateTimeOffset.UtcNow;
        Interlocked.Increment(ref reading);
        ReceivedRequest recorded;
        Answer answer;
        TeamsReply? teams;
        TaskCompletionSource? held;
        try
        {
            using var reader = new StreamReader(context.Request.Body);
            var text = await reader.ReadToEndAsync(context.RequestAborted);
            var request = new ReceivedRequest(context.Request.Method, Uri.UnescapeDataString(context.Request.Path.Value ?? string.Empty),
                context.Request.Headers.Authorization.ToString(), Parse(text))
            {
                RawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
                Text = text,
                ReceivedAt = arrivedAt,
            };
            var n = Interlocked.Increment(ref ids);
            answer = Choose(request);
            teams = answer.Custom is null && (answer.Reply?.Succeeds ?? true) ? TeamsAnswer(request, n) : null;
            held = hold;
            recorded = request with { Status = answer.Custom is null ? answer.Reply?.Status ?? 200 : 0, Held = held is not null, AnsweredId = teams?.Id };
            received.Enqueue(recorded);
        }
        finally
        {
            Interlocked.Decrement(ref reading);
        }

        Interlocked.Exchange(ref changed, NewSignal()).TrySetResult();
        if (held is not null && Interlocked.Exchange(ref firstHeld, null) is { } first)
        {
            first(recorded);
        }
        try
        {
            if (held is not null)
            {
                await held.Task.WaitAsync(context.RequestAborted);
            }

            await RespondAsync(context, answer, teams);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up (timeout, cancellation): expected for hanging and held answers.
        }
    }

    private static async Task RespondAsync(HttpContext context, Answer answer, TeamsReply? teams)
    {
        if (answer.Custom is not null)
        {
            await answer.Custom(context);
            return;
        }

        var reply = answer.Reply;
        if (reply?.Delay is { } delay)
        {
            await Task.Delay(delay, context.RequestAborted);
        }

        context.Response.StatusCode = reply?.Status ?? 200;
        if (reply?.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply?.Body ?? teams?.Json
            ?? JsonSerializer.Serialize(new { error = new { code = reply!.Code, message = "scripted" } }), context.RequestAborted);
    }

    private static JsonElement? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
