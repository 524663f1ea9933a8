using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ServiceDesk.TestKit;

public sealed partial class FakeConnector
{
    private readonly ConcurrentQueue<Answer> next = new();
    private readonly ConcurrentQueue<Rule> rules = new();
    private volatile TaskCompletionSource? hold;
    private Action<ReceivedRequest>? firstHeld;

    /// <summary>Answers requests nothing else scripted; null (the default): the Teams-like answer.</summary>
    public Func<HttpContext, Task>? Fallback { get; set; }

    /// <summary>Teams' rate limits, when set: calls beyond them are answered 429 with Retry-After and not posted.</summary>
    public TeamsLimits? Limits { get; set; }

    /// <summary>The next request (whatever it is) gets this answer; scripted answers are used in order.</summary>
    public FakeConnector Then(Func<HttpContext, Task> respond)
    {
        next.Enqueue(new Answer(null, respond));
        return this;
    }

    /// <summary>The next request gets <paramref name="status"/>, with <paramref name="json"/> as its body (none if null).</summary>
    public FakeConnector Then(int status, string? json = null, string? retryAfter = null) => Then(Json(status, json, retryAfter));

    /// <summary>The next request gets this answer (a success without a body gets the Teams-like answer).</summary>
    public FakeConnector Then(ScriptedReply reply)
    {
        next.Enqueue(new Answer(reply, null));
        return this;
    }

    /// <summary>Never answers: holds the request until the client gives up on it.</summary>
    public FakeConnector ThenHang() => Then(context => Task.Delay(Timeout.Infinite, context.RequestAborted));

    /// <summary>The next requests that match get these answers, in order; later ones go on to the other rules.</summary>
    public void Script(Func<ReceivedRequest, bool> match, params ScriptedReply[] replies) =>
        rules.Enqueue(new Rule(match, new ConcurrentQueue<ScriptedReply>(replies), null));

    /// <summary>Every request that matches gets this answer (checked before <see cref="Script"/>ed ones; the latest set wins).</summary>
    public void Always(Func<ReceivedRequest, bool> match, ScriptedReply reply) => rules.Enqueue(new Rule(match, new(), reply));

    /// <summary>
    /// From now on requests are taken (recorded as landed: Teams would have posted them) but not answered until
    /// <see cref="Release"/>: the sender is caught mid-delivery. <paramref name="whenFirstHeld"/> runs on the first
    /// request held, before it waits (a test that kills the sender there catches it with nothing in between).
    /// </summary>
    public void HoldAnswers(Action<ReceivedRequest>? whenFirstHeld = null)
    {
        firstHeld = whenFirstHeld;
        hold = NewSignal();
    }

    /// <summary>
    /// Waits until every request whose handling began has been read and recorded (or dropped unread): a sender killed
    /// mid-send may have handed Teams a whole request that is recorded a moment after it died.
    /// </summary>
    public async Task WaitForReadsAsync(TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (Volatile.Read(ref reading) > 0)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"{Volatile.Read(ref reading)} requests still being read after {timeout}.");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Answers the held requests and stops holding.</summary>
    public void Release() => Interlocked.Exchange(ref hold, null)?.TrySetResult();

    /// <summary>An answer with <paramref name="status"/>, an optional JSON body and an optional Retry-After header.</summary>
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

    private Answer Choose(ReceivedRequest request)
    {
        if (next.TryDequeue(out var scripted))
        {
            return scripted;
        }

        var matching = rules.Where(r => r.Match(request)).ToList();
        if (matching.LastOrDefault(r => r.Always is not null) is { } always)
        {
            return new Answer(always.Always, null);
        }

        foreach (var rule in matching)
        {
            if (rule.Replies.TryDequeue(out var reply))
            {
                return new Answer(reply, null);
            }
        }

        if (Limits is { } limits && request.Segments is ["v3", "conversations", _, "activities", ..] && request.Method is "POST" or "PUT")
        {
            var wait = limits.TryAdmit(request.Conversation!, request.Tenant);
            if (wait > TimeSpan.Zero)
            {
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return new Answer(new ScriptedReply(StatusCodes.Status429TooManyRequests, seconds, "TooManyRequests"), null);
            }
        }

        return new Answer(null, Fallback);
    }

    private sealed record Answer(ScriptedReply? Reply, Func<HttpContext, Task>? Custom);

    private sealed record Rule(Func<ReceivedRequest, bool> Match, ConcurrentQueue<ScriptedReply> Replies, ScriptedReply? Always);
}
