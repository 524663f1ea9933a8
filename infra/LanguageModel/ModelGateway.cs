using System.ClientModel;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ServiceDesk.Infra.LanguageModel;

/// <summary>
/// Every call to the model goes through here: off, out of today's tokens or behind an open breaker (the chat model's
/// or the embedding model's), no call is made;
/// otherwise one call with structured output, inside <see cref="LanguageModelOptions.TimeoutMs"/>, counted in tokens.
/// Any failure is null, the caller's cue to answer without the model. Prompts and answers are never logged: the call's
/// id, purpose, token counts and outcome are.
/// </summary>
internal sealed partial class ModelGateway(
    ModelChatClient client,
    IOptions<LanguageModelOptions> options,
    ModelCircuits circuits,
    TokenBudget budget,
    LanguageModelMetrics metrics,
    TimeProvider time,
    ILogger<ModelGateway> logger)
{
    public bool Enabled => options.Value.Enabled;

    /// <summary>A structured answer whose JSON schema is made from <typeparamref name="T"/>.</summary>
    public Task<T?> AskAsync<T>(string purpose, IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken)
        where T : class =>
        CallAsync(
            purpose,
            circuits.Chat,
            TimeSpan.FromMilliseconds(options.Value.TimeoutMs),
            async token =>
            {
                var response = await client.Chat.GetResponseAsync<T>(messages, ChatOptions(), useJsonSchemaResponseFormat: true, token).ConfigureAwait(false);
                return (response.Usage, TryResult(response, out var result) ? result : null);
            },
            cancellationToken);

    /// <summary>
    /// A structured answer under a schema given as JSON: one built per question, whose enums are the closed lists the
    /// model must choose from.
    /// </summary>
    public Task<T?> AskAsync<T>(string purpose, IReadOnlyList<ChatMessage> messages, JsonElement schema, string schemaName, CancellationToken cancellationToken)
        where T : class =>
        CallAsync(
            purpose,
            circuits.Chat,
            TimeSpan.FromMilliseconds(options.Value.TimeoutMs),
            async token =>
            {
                var chatOptions = ChatOptions();
                chatOptions.ResponseFormat = ChatResponseFormat.ForJsonSchema(schema, schemaName);
                var response = await client.Chat.GetResponseAsync(messages, chatOptions, token).ConfigureAwait(false);
                return (response.Usage, Read<T>(response.Text));
            },
            cancellationToken);

    /// <summary>
    /// One vector per text, in order, from the embedding model, inside <paramref name="timeout"/>; null when embeddings
    /// are off or the call gave nothing usable (as a chat call: budget, metrics and logs alike; the embedding model's own
    /// breaker, so its failures leave the chat model alone).
    /// </summary>
    public Task<float[][]?> EmbedAsync(string purpose, IReadOnlyList<string> texts, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return !options.Value.EmbeddingsEnabled || texts.Count == 0
            ? Task.FromResult<float[][]?>(null)
            : CallAsync(
                purpose,
                circuits.Embeddings,
                timeout,
                async token =>
                {
                    var generated = await client.Embeddings.GenerateAsync(texts, new EmbeddingGenerationOptions { ModelId = options.Value.EmbeddingModel }, token)
                        .ConfigureAwait(false);
                    var vectors = generated.Select(e => e.Vector.ToArray()).ToArray();
                    var usable = vectors.Length == texts.Count && vectors.All(v => v.Length > 0 && v.Length == vectors[0].Length);
                    return (generated.Usage, usable ? vectors : null);
                },
                cancellationToken);
    }

    private ChatOptions ChatOptions() =>
        new() { MaxOutputTokens = options.Value.MaxTokensPerAnswer, Temperature = 0f, ModelId = options.Value.ChatModel };

    private async Task<T?> CallAsync<T>(string purpose, ModelCircuit circuit, TimeSpan limit, Func<CancellationToken, Task<(UsageDetails? Usage, T? Result)>> call, CancellationToken cancellationToken)
        where T : class
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return null;
        }

        if (!budget.HasRoom())
        {
            if (budget.FirstTimeSpent())
            {
                LogBudgetSpent(logger, settings.MaxTokensPerDay);
            }

            return Skip<T>(purpose, "budget");
        }

        if (!circuit.TryEnter())
        {
            return Skip<T>(purpose, "breaker");
        }

        var callId = Guid.NewGuid().ToString("N")[..12];
        var started = time.GetTimestamp();
        using var timeout = new CancellationTokenSource(limit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var (usage, result) = await call(linked.Token).ConfigureAwait(false);
            var input = usage?.InputTokenCount ?? 0;
            var output = usage?.OutputTokenCount ?? 0;
            budget.Spend(usage?.TotalTokenCount ?? input + output);
            metrics.Spent(purpose, input, output);
            // The endpoint answered: whatever the content, it is not failing.
            circuit.Succeeded();
            var elapsed = (long)time.GetElapsedTime(started).TotalMilliseconds;
            if (result is null)
            {
                metrics.Call(purpose, "malformed");
                LogMalformed(logger, callId, purpose, input, output, elapsed);
                return null;
            }

            metrics.Call(purpose, "answered");
            LogAnswered(logger, callId, purpose, input, output, elapsed);
            return result;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Failed(purpose, circuit, "timeout", callId, 0, null);
            return null;
        }
        catch (ClientResultException failure)
        {
            Failed(purpose, circuit, "error", callId, failure.Status, RetryAfter.Read(failure.GetRawResponse(), time.GetUtcNow()));
            return null;
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
        {
            // The model is optional: an unreachable endpoint, no token for the managed identity, or a body the connector
            // cannot read (it throws what it meets: JSON, format, index errors) all mean the answer without it. Only the
            // exception's type is logged: its message may quote the answer.
            Failed(purpose, circuit, "error", callId, 0, null, failure.GetType().Name);
            return null;
        }
    }

    private static T? Read<T>(string? text)
        where T : class
    {
        try
        {
            return string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<T>(text);
        }
        catch (JsonException)
        {
            // Not the JSON asked for (a refusal in words, a cut answer).
            return null;
        }
    }

    private static bool TryResult<T>(ChatResponse<T> response, out T? result)
        where T : class
    {
        try
        {
            return response.TryGetResult(out result) && result is not null;
        }
        catch (InvalidOperationException)
        {
            // Nothing that reads as the asked structure at all (a refusal, an empty message).
            result = null;
            return false;
        }
    }

    private T? Skip<T>(string purpose, string outcome)
        where T : class
    {
        metrics.Call(purpose, outcome);
        return null;
    }

    private void Failed(string purpose, ModelCircuit circuit, string outcome, string callId, int status, TimeSpan? retryAfter, string? error = null)
    {
        metrics.Call(purpose, outcome);
        LogFailed(logger, callId, purpose, outcome, status, error ?? "none");
        if (circuit.Failed(retryAfter))
        {
            LogBreakerOpen(logger, purpose, (int)(retryAfter ?? TimeSpan.FromSeconds(options.Value.BreakSeconds)).TotalSeconds);
        }
    }

    [LoggerMessage(EventId = 9101, Level = LogLevel.Information, Message = "Language model call {CallId} ({Purpose}) answered: {InputTokens} tokens in, {OutputTokens} out, {ElapsedMs} ms")]
    private static partial void LogAnswered(ILogger logger, string callId, string purpose, long inputTokens, long outputTokens, long elapsedMs);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Warning, Message = "Language model call {CallId} ({Purpose}) gave no usable structured answer: {InputTokens} tokens in, {OutputTokens} out, {ElapsedMs} ms")]
    private static partial void LogMalformed(ILogger logger, string callId, string purpose, long inputTokens, long outputTokens, long elapsedMs);

    [LoggerMessage(EventId = 9103, Level = LogLevel.Warning, Message = "Language model call {CallId} ({Purpose}) failed: {Outcome}, HTTP status {Status}, error {Error}")]
    private static partial void LogFailed(ILogger logger, string callId, string purpose, string outcome, int status, string error);

    [LoggerMessage(EventId = 9104, Level = LogLevel.Warning, Message = "Language model endpoint left alone for {Seconds} s after failures ({Purpose})")]
    private static partial void LogBreakerOpen(ILogger logger, string purpose, int seconds);

    [LoggerMessage(EventId = 9105, Level = LogLevel.Warning, Message = "Language model daily budget of {Tokens} tokens spent: answers without the model until the next UTC day")]
    private static partial void LogBudgetSpent(ILogger logger, long tokens);
}
