using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Agents.TicketList;

/// <summary>
/// <c>tickets</c> in the agents' channel (the same word in French): the queue's open tickets by filter
/// (<c>tickets unassigned</c>, <c>mine</c>, <c>at risk</c>, <c>breached</c>; <c>non assignés</c>, <c>miens</c>,
/// <c>à risque</c>, <c>dépassés</c>), so nobody has to scroll the channel to find what waits. The agents' channel
/// handler has checked that the person is an agent.
/// </summary>
internal sealed class TicketListCommand(TicketListReader reader, IAgentQueue queue, TimeProvider clock) : IAgentCommand
{
    public string Name => "tickets";

    public string HelpKey => TextKeys.TicketListHelp;

    public async Task<TurnResult> RunAsync(Turn turn, string arguments, Texts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(texts);
        if (TicketListFilters.Parse(arguments) is not { } filter)
        {
            return new TurnResult([Reply.Of(texts.Get(TextKeys.TicketListUsage))]);
        }

        var card = await BuildAsync(reader, queue, turn, filter, clock.GetUtcNow(), texts, cancellationToken).ConfigureAwait(false);
        return new TurnResult([Reply.Of(card)]);
    }

    /// <summary>The list as the agent of <paramref name="turn"/> reads it: their language and time zone.</summary>
    internal static async Task<Cards.AdaptiveCard> BuildAsync(
        TicketListReader reader, IAgentQueue queue, Turn turn, TicketListFilter filter, DateTimeOffset now, Texts texts, CancellationToken cancellationToken, string? notice = null)
    {
        var page = await reader.ReadAsync(turn, filter, now, cancellationToken).ConfigureAwait(false);
        var agents = await queue.ListAgentsAsync(cancellationToken).ConfigureAwait(false);
        var cardReader = new AgentCardReader(texts, DialogContext.TimeZoneOf(turn.TimeZone), agents);
        return TicketListCard.Build(page, t => reader.SlaAt(t, now), cardReader, turn.From.Id, notice);
    }
}
