using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Bench.Fanout;

/// <summary>
/// A Bot Connector stand-in on 127.0.0.1 that enforces Teams' limits the way Teams answers them: per conversation
/// 7 per second and 8 per 2 s, per tenant (one tenant here) <c>tenantPerSecond</c> per second, all sliding windows
/// over accepted calls; beyond them, 429 with <c>Retry-After</c> (whole seconds, at least 1) and nothing posted.
/// Every accepted POST (new activity) and PUT (update) is recorded with its conversation, activity id and the
/// announcement version its card carries (the version in its buttons' data; null for a card without buttons).
/// </summary>
internal sealed class TeamsLimitsConnector(WebApplication host, int tenantPerSecond) : IAsyncDisposable
{
    private readonly WebApplication app = host;
    private readonly Lock sync = new();
    private readonly Queue<long> tenantCalls = new();
    private readonly Dictionary<string, Queue<long>> conversationCalls = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Accepted> accepted = new();
    private long throttled;
    private long ids;

    public string ServiceUrl => app.Urls.Single().TrimEnd('/') + "/";

    public IReadOnlyCollection<Accepted> Calls => accepted;

    public long Throttled => Interlocked.Read(ref throttled);

    /// <summary>Accepted calls so far (cheap: a progress counter).</summary>
    public int AcceptedCount => accepted.Count;

    public static async Task<TeamsLimitsConnector> StartAsync(int tenantPerSecond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new TeamsLimitsConnector(builder.Build(), tenantPerSecond);
        fake.app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext c, string conversationId) => fake.HandleAsync(c, conversationId, null));
        fake.app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext c, string conversationId, string activityId) =>
            fake.HandleAsync(c, conversationId, activityId));
        await fake.app.StartAsync();
        return fake;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task HandleAsync(HttpContext context, string conversationId, string? updatedId)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var version = Version(body.RootElement);
        var wait = TryAdmit(conversationId);
        if (wait > 0)
        {
            Interlocked.Increment(ref throttled);
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait / (double)TimeSpan.TicksPerSecond)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await context.Response.WriteAsJsonAsync(new { error = new { code = "TooManyRequests", message = "Throttled" } });
            return;
        }

        var activityId = updatedId ?? "1:" + Interlocked.Increment(ref ids).ToString(System.Globalization.CultureInfo.InvariantCulture);
        accepted.Enqueue(new Accepted(conversationId, version, activityId, updatedId is not null, DateTime.UtcNow.Ticks));
        await context.Response.WriteAsJsonAsync(new { id = activityId });
    }

    /// <summary>Zero and the call counted, or the ticks until the tightest window has room (nothing counted).</summary>
    private long TryAdmit(string conversationId)
    {
        var now = DateTime.UtcNow.Ticks;
        lock (sync)
        {
            Trim(tenantCalls, now - TimeSpan.TicksPerSecond);
            if (!conversationCalls.TryGetValue(conversationId, out var mine))
            {
                conversationCalls[conversationId] = mine = new Queue<long>();
            }

            Trim(mine, now - 2 * TimeSpan.TicksPerSecond);
            var wait = Math.Max(WaitFor(tenantCalls, tenantPerSecond, TimeSpan.TicksPerSecond, now), WaitFor(mine, 8, 2 * TimeSpan.TicksPerSecond, now));
            wait = Math.Max(wait, WaitFor([.. mine.Where(t => t > now - TimeSpan.TicksPerSecond)], 7, TimeSpan.TicksPerSecond, now));
            if (wait > 0)
            {
                return wait;
            }

            tenantCalls.Enqueue(now);
            mine.Enqueue(now);
            return 0;
        }
    }

    private static void Trim(Queue<long> calls, long after)
    {
        while (calls.Count > 0 && calls.Peek() <= after)
        {
            calls.Dequeue();
        }
    }

    private static long WaitFor(IReadOnlyCollection<long> inWindow, int limit, long span, long now) =>
        inWindow.Count < limit ? 0 : inWindow.ElementAt(inWindow.Count - limit) + span - now;

    private static int? Version(JsonElement activity) =>
        activity.TryGetProperty("attachments", out var attachments) && attachments.GetArrayLength() > 0 &&
        attachments[0].TryGetProperty("content", out var card) && card.TryGetProperty("actions", out var actions) && actions.GetArrayLength() > 0 &&
        actions[0].TryGetProperty("data", out var data) && data.TryGetProperty("version", out var version) && version.TryGetInt32(out var value)
            ? value
            : null;

    /// <summary>One call Teams would have posted: a new activity (POST) or an update over <see cref="ActivityId"/> (PUT).</summary>
    internal sealed record Accepted(string ConversationId, int? Version, string ActivityId, bool IsUpdate, long Ticks);
}
