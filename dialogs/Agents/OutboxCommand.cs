using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Agents;

/// <summary>
/// <c>outbox</c> in the agents' channel: the records the outbox worker gave up on (Failed after its retries,
/// Unreachable after a 403/404), as a card whose buttons put them back in the queue (<see cref="OutboxRetryHandler"/>).
/// The agents' channel handler has checked that the person is an agent before calling it.
/// </summary>
internal sealed class OutboxCommand(IOutboxStore outbox, TimeProvider clock) : IAgentCommand
{
    public string Name => "outbox";

    public string HelpKey => TextKeys.OutboxHelp;

    public async Task<TurnResult> RunAsync(Turn turn, string arguments, Texts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var card = await ListAsync(outbox, clock.GetUtcNow(), texts, notice: null, cancellationToken).ConfigureAwait(false);
        return card is null ? new TurnResult([Reply.Of(texts.Get(TextKeys.OutboxEmpty))]) : new TurnResult([Reply.Of(card)]);
    }

    /// <summary>The current list as a card; null when nothing is parked and there is no notice to show.</summary>
    internal static async Task<Cards.AdaptiveCard?> ListAsync(
        IOutboxStore outbox, DateTimeOffset now, Texts texts, string? notice, CancellationToken cancellationToken)
    {
        // One more than shown, to know whether to say there are more.
        var parked = await outbox.ListFailedAsync(OutboxCommandCards.MaxShown + 1, cancellationToken).ConfigureAwait(false);
        if (parked.Count == 0 && notice is null)
        {
            return null;
        }

        var shown = parked.OrderBy(r => r.CreatedAt).Take(OutboxCommandCards.MaxShown).ToList();
        return OutboxCommandCards.Build(shown, parked.Count > OutboxCommandCards.MaxShown, now, texts, notice);
    }
}
