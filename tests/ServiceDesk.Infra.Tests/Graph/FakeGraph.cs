using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using ServiceDesk.TestKit;

namespace ServiceDesk.Infra.Tests.Graph;

/// <summary>A user of the fake directory; <see cref="ManagerId"/> null: Graph names no manager.</summary>
internal sealed record FakeUser(
    string Id, string DisplayName, string? ManagerId = null, bool Enabled = true, string? Department = null, string? OfficeLocation = null, string? Language = null)
{
    public string Mail => DisplayName.Replace(' ', '.').ToLowerInvariant() + "@contoso.example";
}

/// <summary>A canned answer for one request path, whatever the directory holds.</summary>
internal sealed record FakeAnswer(int Status, string? Body, string? RetryAfter = null, string ContentType = "application/json");

/// <summary>
/// Microsoft Graph v1.0 on loopback (the kit's <see cref="LoopbackServer"/>), answering with Graph's JSON shapes:
/// <c>/users/{id}</c>, <c>/users/{id}/manager</c>, <c>/groups/{id}/owners</c> (paged), and the audiences' queries. Scripted
/// answers per path come first (one each, in order), so a test can make Graph refuse, throttle, fail or send a broken
/// body.
/// </summary>
internal sealed partial class FakeGraph : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeAnswer>> scripted = new(StringComparer.OrdinalIgnoreCase);
    private LoopbackServer? server;

    private FakeGraph()
    {
    }

    public ConcurrentDictionary<string, FakeUser> Users { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentDictionary<string, List<string>> GroupOwners { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The members of each group that exists, as the bot's additions and removals leave them.</summary>
    public ConcurrentDictionary<string, HashSet<string>> GroupMembers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every request: method, path and query, and whether it carried the bearer token.</summary>
    public ConcurrentQueue<(string Method, string PathAndQuery, bool Authorized)> Requests { get; } = new();

    public int OwnersPageSize { get; set; } = 100;

    public string BaseUrl { get; private set; } = string.Empty;

    public static async Task<FakeGraph> StartAsync()
    {
        var graph = new FakeGraph();
        graph.server = await LoopbackServer.StartAsync(graph.AnswerAsync);
        graph.BaseUrl = graph.server.BaseUrl + "v1.0";
        return graph;
    }

    public void Add(params FakeUser[] users)
    {
        foreach (var user in users)
        {
            Users[user.Id] = user;
        }
    }

    /// <summary>The next request to <paramref name="path"/> (e.g. <c>/users/{id}/manager</c>) gets this answer.</summary>
    public void Script(string path, params FakeAnswer[] answers)
    {
        var queue = scripted.GetOrAdd(path, _ => new ConcurrentQueue<FakeAnswer>());
        foreach (var answer in answers)
        {
            queue.Enqueue(answer);
        }
    }

    public int Count(string pathStart) => Requests.Count(r => r.PathAndQuery.StartsWith("/v1.0" + pathStart, StringComparison.OrdinalIgnoreCase));

    public static FakeAnswer Error(int status, string code, string message, string? retryAfter = null) =>
        new(status, new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject { ["date"] = "2026-12-06T16:00:00", ["request-id"] = Guid.NewGuid().ToString() },
            },
        }.ToJsonString(), retryAfter);

    public static readonly FakeAnswer Forbidden = Error(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");

    public ValueTask DisposeAsync() => server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        Requests.Enqueue((context.Request.Method, path + context.Request.QueryString.Value,
            context.Request.Headers.Authorization.ToString() == "Bearer " + FakeGraphCredential.Token));
        var local = path.StartsWith("/v1.0", StringComparison.Ordinal) ? path["/v1.0".Length..] : path;
        // The SDK calls a function with its parentheses (users/delta()); Graph's own links leave them out: the same request.
        local = local.EndsWith("()", StringComparison.Ordinal) ? local[..^2] : local;
        var answer = scripted.TryGetValue(local, out var queue) && queue.TryDequeue(out var next) ? next
            : await AudienceAsync(local, context.Request) is { } audience ? audience
            : local.Contains("/members/", StringComparison.Ordinal) ? await MembershipAsync(local, context.Request)
            : Directory(local, context.Request);
        context.Response.StatusCode = answer.Status;
        if (answer.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = answer.RetryAfter;
        }

        if (answer.Body is not null)
        {
            context.Response.ContentType = answer.ContentType;
            await context.Response.WriteAsync(answer.Body);
        }
    }
}
