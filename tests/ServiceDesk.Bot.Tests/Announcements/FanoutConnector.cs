using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Bot.Tests.Announcements;

/// <summary>
/// A fake Teams connector on 127.0.0.1 for fan-out tests: files every POST (new activity, new channel thread) and PUT
/// (edit) under its conversation with the card's announcement version, answers a scripted status per conversation,
/// and can hold answers (calls in flight).
/// </summary>
internal sealed class FanoutConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<CardCall> calls = new();
    private readonly ConcurrentDictionary<string, int> statuses = new(StringComparer.Ordinal);
    private int ids;

    private FanoutConnector(WebApplication app) => this.app = app;

    public string ServiceUrl => app.Urls.Single().TrimEnd('/') + "/";

    public IReadOnlyList<CardCall> Calls => [.. calls];

    public static async Task<FanoutConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FanoutConnector(app);
        app.Map("/v3/conversations/{**rest}", connector.HandleAsync);
        app.MapPost("/v3/conversations", connector.HandleAsync);
        await app.StartAsync();
        return connector;
    }

    /// <summary>Every call to <paramref name="conversationId"/> answers <paramref name="status"/>.</summary>
    public void Answer(string conversationId, int status) => statuses[conversationId] = status;

    public IReadOnlyList<CardCall> To(string conversationId) => [.. calls.Where(c => c.Conversation == conversationId)];

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
        var segments = (context.Request.Path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        var newThread = segments.Length == 2;
        var conversation = newThread ? json.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString()! : segments[2];
        var activity = newThread ? json.GetProperty("activity") : json;
        var status = statuses.GetValueOrDefault(conversation, 200);
        var n = Interlocked.Increment(ref ids);
        var id = context.Request.Method == HttpMethods.Put ? segments[^1] : newThread ? $"root-{n}" : $"act-{n}";
        calls.Enqueue(new CardCall(context.Request.Method, conversation, context.Request.Method == HttpMethods.Put ? id : null, status == 200 ? id : null, activity));
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(status != 200
            ? JsonSerializer.Serialize(new { error = new { code = "ConversationNotFound", message = "scripted" } })
            : newThread ? JsonSerializer.Serialize(new { id = $"{conversation};messageid={id}", activityId = id }) : JsonSerializer.Serialize(new { id }));
    }
}

/// <summary>One call: POST or PUT, to which conversation, over which activity (PUT), the id answered, the activity sent.</summary>
internal sealed record CardCall(string Method, string Conversation, string? UpdatedActivityId, string? AnsweredId, JsonElement Activity)
{
    public string Card => Activity.GetProperty("attachments")[0].GetProperty("content").GetRawText();

    /// <summary>The announcement version in the card's buttons (null for the short resolved / withdrawn notices).</summary>
    public int? Version
    {
        get
        {
            var content = Activity.GetProperty("attachments")[0].GetProperty("content");
            return content.TryGetProperty("actions", out var actions) && actions.GetArrayLength() > 0
                ? actions[0].GetProperty("data").GetProperty("version").GetInt32()
                : null;
        }
    }
}
