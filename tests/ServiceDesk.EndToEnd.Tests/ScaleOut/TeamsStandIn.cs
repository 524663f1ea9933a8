using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.EndToEnd.Tests.ScaleOut;

/// <summary>
/// The Bot Connector service for several bot instances at once, on a loopback port: every call is recorded (with the
/// time it arrived) whichever instance made it; posts get ids, new 1:1 chats are created, the agents' team has a roster.
/// </summary>
internal sealed class TeamsStandIn : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ConnectorCall> calls = new();
    private readonly IReadOnlyList<(string Id, string Name)> roster;
    private int ids;

    private TeamsStandIn(WebApplication app, IReadOnlyList<(string Id, string Name)> roster)
    {
        this.app = app;
        this.roster = roster;
    }

    /// <summary>One call as it arrived: method, unescaped path, body (JSON) and time.</summary>
    public sealed record ConnectorCall(string Method, string Path, JsonObject? Body, DateTimeOffset ReceivedAt, string? AnsweredId)
    {
        /// <summary>
        /// The conversation id in the route (<c>v3/conversations/{id}/…</c>), or for a new thread the channel it starts in.
        /// </summary>
        public string? Conversation => Path.Split('/', StringSplitOptions.RemoveEmptyEntries) switch
        {
            ["v3", "conversations", var id, ..] => id,
            ["v3", "conversations"] => (string?)Body?["channelData"]?["channel"]?["id"],
            _ => null,
        };

        /// <summary>The first Adaptive Card the call carries (a new thread carries it in its first activity).</summary>
        public JsonObject? Card => (Body?["activity"] ?? Body)?["attachments"]?.AsArray().Select(a => a?["content"] as JsonObject).FirstOrDefault(c => c is not null);

        public bool Shows(string text) => Body?.ToJsonString().Contains(JsonEncodedText.Encode(text).ToString(), StringComparison.Ordinal) == true
            || Body?.ToJsonString().Contains(text, StringComparison.Ordinal) == true;
    }

    public string ServiceUrl { get; private set; } = string.Empty;

    public IReadOnlyList<ConnectorCall> Calls => [.. calls];

    public static async Task<TeamsStandIn> StartAsync(IReadOnlyList<(string Id, string Name)> roster)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new TeamsStandIn(app, roster);
        app.Run(standIn.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        standIn.ServiceUrl = address.TrimEnd('/') + "/";
        return standIn;
    }

    /// <summary>Waits until a call matches, or fails naming what was awaited.</summary>
    public async Task<ConnectorCall> WaitForAsync(Func<ConnectorCall, bool> predicate, string what, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            if (calls.FirstOrDefault(predicate) is { } call)
            {
                return call;
            }

            try
            {
                await Task.Delay(50, cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds} s for {what}; {calls.Count} connector calls arrived:{Environment.NewLine}"
                    + string.Join(Environment.NewLine, calls.Select(c => $"{c.Method} {c.Path}")));
            }
        }
    }

    private async Task HandleAsync(HttpContext http)
    {
        JsonObject? body = null;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject;
        }

        var path = Uri.UnescapeDataString(http.Request.Path.Value ?? string.Empty);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var (answer, id) = (http.Request.Method, segments) switch
        {
            ("POST", ["v3", "conversations"]) when (bool?)body?["isGroup"] == true => NewThread((string?)body?["channelData"]?["channel"]?["id"]),
            ("POST", ["v3", "conversations"]) => Created("a:chat-" + (string?)body?["members"]?[0]?["id"]),
            ("POST", ["v3", "conversations", _, "activities", ..]) => Created("act-" + Interlocked.Increment(ref ids)),
            ("PUT", ["v3", "conversations", _, "activities", var activity]) => Created(activity),
            ("GET", ["v3", "conversations", _, "pagedmembers"]) => (new JsonObject { ["members"] = Members() }, null),
            ("GET", ["v3", "conversations", _, "members", var user]) =>
                (Members().OfType<JsonObject>().FirstOrDefault(m => (string?)m["id"] == user)?.DeepClone() ?? new JsonObject { ["id"] = user }, null),
            ("GET", ["v3", "teams", var team]) => (new JsonObject { ["id"] = team, ["name"] = "Service desk" }, null),
            ("GET", ["v3", "teams", var team, "conversations"]) =>
                (new JsonObject { ["conversations"] = new JsonArray(new JsonObject { ["id"] = team, ["name"] = "General" }) }, null),
            _ => (new JsonObject(), (string?)null),
        };
        calls.Enqueue(new ConnectorCall(http.Request.Method, path, body, DateTimeOffset.UtcNow, id));
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(answer.ToJsonString());
    }

    private static (JsonNode Answer, string? Id) Created(string id) => (new JsonObject { ["id"] = id }, id);

    private (JsonNode Answer, string? Id) NewThread(string? channel)
    {
        var activity = "act-" + Interlocked.Increment(ref ids);
        return (new JsonObject { ["id"] = $"{channel};messageid={activity}", ["activityId"] = activity }, activity);
    }

    private JsonArray Members() => new([.. roster.Select(m => (JsonNode)new JsonObject
    {
        ["id"] = m.Id, ["name"] = m.Name, ["aadObjectId"] = Guid.NewGuid().ToString(), ["userRole"] = "user",
    })]);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
