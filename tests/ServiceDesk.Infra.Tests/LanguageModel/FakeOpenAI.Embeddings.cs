using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ServiceDesk.Infra.Tests.LanguageModel;

/// <summary>
/// <c>POST /v1/embeddings</c> as OpenAI answers it (a list of embeddings by index, floats or base64 of little-endian
/// float32 as <c>encoding_format</c> asks, usage): each input's vector from <see cref="Embedder"/>, deterministic.
/// Scripted failures (<see cref="ScriptEmbeddings"/>) come first.
/// </summary>
internal sealed partial class FakeOpenAI
{
    private readonly ConcurrentQueue<FakeModelAnswer> embeddingScript = new();

    /// <summary>Every embeddings request body.</summary>
    public ConcurrentQueue<JsonObject> EmbeddingRequests { get; } = new();

    /// <summary>The vector of one input text; by default <see cref="FakeEmbeddings.Topics"/> with no topic.</summary>
    public Func<string, float[]> Embedder { get; set; } = FakeEmbeddings.Topics();

    /// <summary>Inputs embedded so far, over every request.</summary>
    public IEnumerable<string> Embedded => EmbeddingRequests.SelectMany(Inputs);

    /// <summary>Failures or hangs answered to the next embeddings requests, in order.</summary>
    public void ScriptEmbeddings(params FakeModelAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            embeddingScript.Enqueue(answer);
        }
    }

    private async Task EmbedAsync(HttpContext context)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))!.AsObject();
        EmbeddingRequests.Enqueue(body);
        if (embeddingScript.TryDequeue(out var scripted))
        {
            await AnswerScriptedAsync(context, scripted);
            return;
        }

        var base64 = body["encoding_format"]?.GetValue<string>() == "base64";
        var inputs = Inputs(body);
        var data = new JsonArray();
        for (var i = 0; i < inputs.Count; i++)
        {
            var vector = Embedder(inputs[i]);
            JsonNode embedding = base64
                ? Convert.ToBase64String(MemoryMarshal.AsBytes(vector.AsSpan()))
                : new JsonArray([.. vector.Select(v => (JsonNode)v)]);
            data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = embedding });
        }

        var tokens = inputs.Sum(t => t.Split(' ').Length);
        var response = new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = body["model"]?.GetValue<string>() ?? "fake-embedding",
            ["usage"] = new JsonObject { ["prompt_tokens"] = tokens, ["total_tokens"] = tokens },
        };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.ToJsonString());
    }

    private async Task AnswerScriptedAsync(HttpContext context, FakeModelAnswer answer)
    {
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
                await context.Response.WriteAsJsonAsync(new { error = new { message = "scripted failure", type = "server_error", code = (string?)null } });
                return;
            case FakeModelAnswer.RawBody raw:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(raw.Body);
                return;
        }
    }

    private static List<string> Inputs(JsonObject body) =>
        body["input"] is JsonArray many ? [.. many.Select(n => n!.GetValue<string>())] : [body["input"]!.GetValue<string>()];
}

/// <summary>Deterministic vectors for tests: one dimension per topic, set when the text holds one of its words.</summary>
internal static class FakeEmbeddings
{
    /// <summary>
    /// Topics as lists of words (lower case, matched within the text's lower case); one more dimension, always a little
    /// set, keeps every vector non-zero and every pair of texts somewhat alike, as real models do.
    /// </summary>
    public static Func<string, float[]> Topics(params string[][] topics) => text =>
    {
        var lower = text.ToLowerInvariant();
        var vector = new float[topics.Length + 1];
        vector[^1] = 0.2f;
        for (var i = 0; i < topics.Length; i++)
        {
            vector[i] = topics[i].Any(w => lower.Contains(w, StringComparison.Ordinal)) ? 1f : 0f;
        }

        return vector;
    };
}
