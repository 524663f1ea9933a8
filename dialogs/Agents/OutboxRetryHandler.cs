using System.Text.Json;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Agents;

/// <summary>
/// <b>Retry</b> and <b>Retry all</b> on the <c>outbox</c> card. Card data is untrusted: only agents may act (anyone
/// else gets a message and the card stays), the key is only looked up, never trusted to be parked. Answers with the
/// refreshed list. The bot wakes its outbox worker after every turn, so retried records leave at once.
/// </summary>
internal sealed class OutboxRetryHandler(IOutboxStore outbox, IAgentQueue agents, TimeProvider clock) : ICardActionHandler
{
    /// <summary>Records put back by one <b>Retry all</b>: enough for any real backlog, bounded for one turn's budget.</summary>
    internal const int RetryAllMax = 200;

    public IReadOnlyCollection<string> Verbs => [OutboxCommandVerbs.Retry, OutboxCommandVerbs.RetryAll];

    public async Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var action = turn.Action ?? throw new ArgumentException("Not a card action.", nameof(turn));
        var texts = Texts.For(turn.Locale);
        if (!await agents.IsAgentAsync(turn.From, cancellationToken).ConfigureAwait(false))
        {
            return TurnResult.Refused(action, texts.Get(TextKeys.OutboxNotAgent));
        }

        var now = clock.GetUtcNow();
        string notice;
        if (action.Verb == OutboxCommandVerbs.RetryAll)
        {
            var retried = 0;
            foreach (var record in await outbox.ListFailedAsync(RetryAllMax, cancellationToken).ConfigureAwait(false))
            {
                retried += await outbox.RetryAsync(record.IdempotencyKey, now, cancellationToken).ConfigureAwait(false) == OutboxWriteOutcome.Done ? 1 : 0;
            }

            notice = texts.Get(TextKeys.OutboxRetried, retried);
        }
        else if (KeyOf(action.Data) is { } key)
        {
            var outcome = await outbox.RetryAsync(key, now, cancellationToken).ConfigureAwait(false);
            notice = outcome == OutboxWriteOutcome.Done ? texts.Get(TextKeys.OutboxRetried, 1) : texts.Get(TextKeys.OutboxNotParked);
        }
        else
        {
            return TurnResult.Refused(action, texts.Get(TextKeys.OutboxInvalid));
        }

        var card = await OutboxCommand.ListAsync(outbox, now, texts, notice, cancellationToken).ConfigureAwait(false);
        return Show(action, card!);
    }

    private static string? KeyOf(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object
        && data.TryGetProperty(OutboxCommandVerbs.KeyField, out var key)
        && key.ValueKind == JsonValueKind.String
        && key.GetString() is { Length: > 0 and <= OutboxCommandVerbs.KeyMaxLength } value
            ? value
            : null;

    /// <summary>An invoke answered with a card replaces the clicked card; an Action.Submit gets it as a new message.</summary>
    private static TurnResult Show(CardAction action, AdaptiveCard card) =>
        action.IsInvoke ? new TurnResult([], InvokeAnswer.WithCard(card)) : new TurnResult([Reply.Of(card)]);
}
