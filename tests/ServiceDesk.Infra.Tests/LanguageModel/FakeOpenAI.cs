using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ServiceDesk.TestKit;

namespace ServiceDesk.Infra.Tests.LanguageModel;

/// <summary>One scripted answer of the fake model.</summary>
internal abstract record FakeModelAnswer
{
    /// <summary>A chat completion whose message content is <paramref name="Content"/> (JSON text or anything else).</summary>
    public sealed record Completion(string Content, int PromptTokens = 120, int CompletionTokens = 30) : FakeModelAnswer;

    /// <summary>The model declines: content null, <c>refusal</c> set, as OpenAI's structured outputs do.</summary>
    public sealed record Refusal(string Text = "I'm sorry, I can't help with that.") : FakeModelAnswer;

    /// <summary>An HTTP error with OpenAI's error body, and <c>Retry-After</c> when given.</summary>
    public sealed record Failure(int Status, string? RetryAfter = null) : FakeModelAnswer;

    /// <summary>200 with a body that is not a chat completion at all.</summary>
    public sealed record RawBody(string Body) : FakeModelAnswer;

    /// <summary>No answer until the client gives up.</summary>
    public sealed record Hang : FakeModelAnswer;

    /// <summary>An answer made from the request (e.g. citing the first passage whatever the search retrieved).</summary>
    public sealed record FromRequest(Func<JsonObject, FakeModelAnswer> Make) : FakeModelAnswer;

    /// <summary>A grounded answer citing the first passage of the request, whichever article that is.</summary>
    public static FromRequest CitingFirstPassage(string answer) => new(request =>
    {
        var messages = request["messages"]!.AsArray();
        var user = messages[^1]!["content"] is JsonArray parts ? string.Concat(parts.Select(p => p!["text"]?.GetValue<string>())) : messages[^1]!["content"]!.GetValue<string>();
        return Grounded(answer, true, JsonNode.Parse(user)!["passages"]![0]!["articleId"]!.GetValue<string>());
    });

    /// <summary>A well-formed grounded answer.</summary>
    public static Completion Grounded(string answer, bool answered, params string[] cited) =>
        new(new JsonObject { ["answer"] = answer, ["citedArticleIds"] = new JsonArray([.. cited.Select(c => (JsonNode)c)]), ["answered"] = answered }.ToJsonString());
}

/// <summary>
/// An OpenAI-compatible server on loopback (the kit's <see cref="LoopbackServer"/>): <c>POST /v1/chat/completions</c> answers
/// with the chat completion JSON shape (choices, message content or refusal, usage) or OpenAI's error shape. Answers are
/// scripted in order; every request body is recorded.
/// </summary>
internal sealed partial class FakeOpenAI : IAsyncDisposable
{
    private readonly ConcurrentQueue<FakeModelAnswer> script = new();
    private readonly CancellationTokenSource stopping = new();
    private LoopbackServer? server;

    private FakeOpenAI()
    {
    }

    public ConcurrentQueue<JsonObject> Requests { get; } = new();

    /// <summary>The <c>Authorization</c> header of every request.</summary>
    public ConcurrentQueue<string?> Authorizations { get; } = new();

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<FakeOpenAI> StartAsync()
    {
        var fake = new FakeOpenAI();
        fake.server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/v1/chat/completions", fake.AnswerAsync);
            app.MapPost("/v1/embeddings", fake.EmbedAsync);
        });
        fake.Endpoint = new Uri(fake.server.BaseUrl + "v1/");
        return fake;
    }

    public void Script(params FakeModelAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            script.Enqueue(answer);
        }
    }

    public JsonObject LastRequest => Requests.Last();

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        stopping.Dispose();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        Requests.Enqueue(body!.AsObject());
        Authorizations.Enqueue(context.Request.Headers.Authorization.FirstOrDefault());
        var answer = script.TryDequeue(out var next) ? next : new FakeModelAnswer.Failure(503);
        if (answer is FakeModelAnswer.FromRequest computed)
        {
            answer = computed.Make(body.AsObject());
        }

        switch (answer)
        {
            case FakeModelAnswer.Hang:
                using (var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token))
                {
                    await Task.Delay(Timeout.Infinite, both.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                }

                return;
            case FakeModelAnswer.Failure failure:
                context.Response.StatusCode = failure.Status;
                if (failure.RetryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = failure.RetryAfter;
                }

                await context.Response.WriteAsJsonAsync(new { error = new { message = "scripted failure", type = "server_error", code = (string?)null } });
                return;
            case FakeModelAnswer.RawBody raw:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(raw.Body);
                return;
            case FakeModelAnswer.Refusal refusal:
                await WriteAsync(context, body, content: null, refusal.Text, 100, 10);
                return;
            case FakeModelAnswer.Completion completion:
                await WriteAsync(context, body, completion.Content, refusal: null, completion.PromptTokens, completion.CompletionTokens);
                return;
        }
    }

    private static Task WriteAsync(HttpContext context, JsonNode request, string? content, string? refusal, int prompt, int completion)
    {
        var response = new JsonObject
        {
            ["id"] = "chatcmpl-" + Guid.NewGuid().ToString("N")[..10],
            ["object"] = "chat.completion",
            ["created"] = 1_765_000_000,
            ["model"] = request["model"]?.GetValue<string>() ?? "fake",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content, ["refusal"] = refusal },
                ["logprobs"] = null,
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = prompt, ["completion_tokens"] = completion, ["total_tokens"] = prompt + completion },
        };
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(response.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
    }
}
