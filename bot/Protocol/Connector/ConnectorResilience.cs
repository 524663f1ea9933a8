using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace ServiceDesk.Bot.Protocol.Connector;

/// <summary>
/// The connector HttpClient's resilience pipeline: bounded retries whose every decision and wait comes from
/// <see cref="ConnectorRetryPolicy.RetryDelay"/>, so the rules (Retry-After, jittered backoff, POST resent only when it
/// never left) live in one place. The token, its refresh after a 401 and the per-request timeout are one attempt's
/// business (<see cref="ConnectorAttemptHandler"/>).
/// </summary>
internal static class ConnectorResilience
{
    public const string PipelineName = "connector";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
        var time = context.ServiceProvider.GetRequiredService<TimeProvider>();
        var logger = context.ServiceProvider.GetRequiredService<ILogger<ConnectorTransport>>();
        if (options.MaxAttempts < 2)
        {
            return;
        }

        TimeSpan? Delay(ResilienceContext resilience, Outcome<HttpResponseMessage> outcome, int attemptNumber) =>
            resilience.GetRequestMessage() is { } request
                ? ConnectorRetryPolicy.RetryDelay(request.Method, outcome.Result, outcome.Exception, attemptNumber + 1, options, time.GetUtcNow())
                : null;

        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxAttempts - 1,
            // Retry-After is read by our own rule, which also bounds it.
            ShouldRetryAfterHeader = false,
            ShouldHandle = args => ValueTask.FromResult(Delay(args.Context, args.Outcome, args.AttemptNumber) is not null),
            DelayGenerator = args => ValueTask.FromResult(Delay(args.Context, args.Outcome, args.AttemptNumber)),
            OnRetry = args =>
            {
                if (ConnectorCall.Of(args.Context.GetRequestMessage()) is { } call)
                {
                    var status = args.Outcome.Result is { } response ? (int)response.StatusCode : (int?)null;
                    var failure = status is { } answered ? ConnectorRetryPolicy.FailureOf(answered)
                        : args.Outcome.Exception is ConnectorAttemptTimeoutException ? ConnectorFailure.Timeout : ConnectorFailure.Network;
                    ConnectorLog.Retrying(logger, call.Request.Operation, call.Request.ConversationId, failure, status, call.Attempts,
                        (long)args.RetryDelay.TotalMilliseconds);
                }
                return default;
            },
        });
    }
}
