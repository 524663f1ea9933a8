using System.Diagnostics;
using Activity = ServiceDesk.Bot.Protocol.Activity;
using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Protocol;
using ServiceDesk.Bot.Outbox;
using ServiceDesk.Bot.Teams;
using ServiceDesk.Bot.Telemetry;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Hosting;

/// <summary>
/// Runs one authenticated activity as a turn: one log scope, one time budget, one place that catches.
/// Endpoint → TurnRunner → service desk router → ports: three hops of our own code.
/// </summary>
internal sealed partial class TurnRunner(
    ITurnHandler handler,
    IUserProfileStore profiles,
    IDialogStateStore dialogState,
    IOutboxSignal outbox,
    IOutboxStore deferred,
    TurnReplies replies,
    IOptions<BotOptions> options,
    ServiceDeskMetrics metrics,
    TimeProvider time,
    ILogger<TurnRunner> logger)
{
    /// <summary>What the endpoint answers: HTTP status and, for invokes, a JSON body.</summary>
    public sealed record Outcome(int StatusCode, object? Body = null);

    public async Task<Outcome> RunAsync(Activity activity, CancellationToken requestAborted)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ConversationId"] = activity.Conversation?.Id,
            ["ActivityId"] = activity.Id,
        });
        var turn = TeamsTurnMapper.Map(activity);
        if (turn is null)
        {
            var unhandledInvoke = activity.Type == ActivityTypes.Invoke;
            LogIgnored(activity.Type, activity.Name, unhandledInvoke ? 501 : 200);
            return new Outcome(unhandledInvoke ? 501 : 200);
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        budget.CancelAfter(TimeSpan.FromSeconds(options.Value.TurnBudgetSeconds));
        var started = Stopwatch.GetTimestamp();
        using var span = ServiceDeskTelemetry.Start("turn");
        span?.SetTag("servicedesk.turn.kind", turn.Kind.ToString());
        span?.SetTag("servicedesk.conversation.kind", turn.Conversation.Kind.ToString());
        var outcome = "failed";
        try
        {
            await RememberPersonAsync(turn, budget.Token);
            var enqueuedBefore = deferred.EnqueuedCount;
            TurnResult result;
            try
            {
                using (ServiceDeskTelemetry.Start("route"))
                {
                    result = await handler.HandleAsync(turn, budget.Token);
                }
            }
            finally
            {
                // The turn may have written outbox records with its change (even one that failed afterwards):
                // wake the worker so they leave now, not at its next poll. Only then: a look that finds nothing costs
                // a query per shard, which most turns (and the other turns at the same time) would pay for nothing.
                if (enqueuedBefore < 0 || deferred.EnqueuedCount != enqueuedBefore)
                {
                    outbox.Trigger();
                }
            }

            var connectorDown = false;
            for (var i = 0; i < result.Replies.Count; i++)
            {
                // After one reply the connector could not take, the rest follow it to the outbox, in order.
                connectorDown = await replies.SendOrDeferAsync(activity, turn, result.Replies[i], i, connectorDown, budget.Token);
            }
            LogTurn(turn.Kind, result.Replies.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            outcome = connectorDown ? "deferred" : "ok";
            if (activity.Type == ActivityTypes.Invoke)
            {
                var answer = result.Invoke ?? InvokeAnswer.WithMessage(string.Empty);

                // A card answer replaces the clicked card, which is the message the invoke came from.
                await replies.TrackAsync(answer.Card is null ? null : answer.Track, activity.Conversation!.Id!, activity.ReplyToId, budget.Token);
                return new Outcome(200, OutgoingActivities.InvokeBody(answer));
            }
            return new Outcome(200);
        }
        catch (Exception ex) when (!requestAborted.IsCancellationRequested)
        {
            // The one place that catches: log, apologise in the user's language, clear the dialog state
            // so nobody is stuck in a loop on the same failure.
            LogTurnFailed(ex, turn.Kind, budget.IsCancellationRequested);
            span.Failed(ex);
            return await ApologiseAsync(activity, turn);
        }
        finally
        {
            Count(turn.Kind, outcome, started);
        }
    }

    private void Count(TurnKind kind, string outcome, long started)
    {
        if (metrics.Turns.Enabled)
        {
            metrics.Turns.Add(1, new("kind", kind.ToString()), new("outcome", outcome));
        }

        if (metrics.TurnDuration.Enabled)
        {
            metrics.TurnDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("kind", kind.ToString()));
        }
    }

    private async Task<Outcome> ApologiseAsync(Activity activity, Turn turn)
    {
        var apology = Texts.For(turn.Locale).Get(TextKeys.ErrorApology);
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await dialogState.ClearAsync(turn.Conversation.ConversationId, turn.From.Id, grace.Token);
        }
        catch (Exception ex)
        {
            LogCleanupFailed(ex, "dialog state");
        }
        if (activity.Type == ActivityTypes.Invoke)
        {
            return new Outcome(200, OutgoingActivities.InvokeBody(InvokeAnswer.Error(500, "serviceError", apology)));
        }
        try
        {
            await replies.SendAsync(activity, Reply.Of(apology), turn.Locale, grace.Token);
        }
        catch (Exception ex)
        {
            LogCleanupFailed(ex, "apology");
        }
        return new Outcome(200);
    }


    /// <summary>The person's profile, locale and 1:1 conversation reference, refreshed on every personal turn.</summary>
    private Task RememberPersonAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Conversation.Kind != ConversationKind.Personal || turn.Kind is TurnKind.Uninstalled)
        {
            return Task.CompletedTask;
        }
        var profile = new UserProfile(turn.From.Id, turn.From.AadObjectId, turn.From.Name, turn.Locale, turn.TimeZone, time.GetUtcNow(), turn.Conversation);
        return profiles.SaveAsync(profile, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored activity of type {Type} (name {Name}); answered {Status}")]
    private partial void LogIgnored(string? type, string? name, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn {Kind} handled with {Replies} replies in {ElapsedMs} ms")]
    private partial void LogTurn(TurnKind kind, int replies, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn {Kind} failed (time budget exceeded: {OverBudget})")]
    private partial void LogTurnFailed(Exception exception, TurnKind kind, bool overBudget);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not clean up after a failed turn ({What})")]
    private partial void LogCleanupFailed(Exception exception, string what);
}
