using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Tickets.Sla;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Agents.TicketList;

/// <summary>One page of the list: the tickets shown, whether more matched, and whether it is one queue's or every queue's.</summary>
internal sealed record TicketListPage(TicketListFilter Filter, IReadOnlyList<Ticket> Tickets, bool More, bool EveryQueue);

/// <summary>
/// Reads the open tickets of the queue whose channel the agent is in, by filter, through the status and assignee
/// indexes (never a table scan): a ticket belongs to the channel when its category's queue is that channel; in a
/// channel that is no queue, every queue's tickets are listed. SLA states are read from the clock at this instant,
/// not from the notices the SLA worker has sent so far, so a ticket just past its target is listed as breached.
/// </summary>
internal sealed class TicketListReader(ITicketQueries queries, IAgentQueue queue, SlaClock sla)
{
    /// <summary>Rows on one card: a card stays readable and far below Teams' size limit.</summary>
    public const int MaxShown = 12;

    /// <summary>Tickets read per status before giving up on finding more (bounded work per turn).</summary>
    internal const int MaxRead = 300;

    private const int PageSize = 100;

    private static readonly TicketStatus[] OpenStatuses =
        [TicketStatus.New, TicketStatus.Approved, TicketStatus.InProgress, TicketStatus.OnHold, TicketStatus.AwaitingApproval];

    public async Task<TicketListPage> ReadAsync(Turn turn, TicketListFilter filter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var here = ChannelOf(turn.Conversation);
        var queues = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        var candidates = new List<Ticket>();
        foreach (var ticketFilter in Filters(filter, turn.From.Id))
        {
            string? continuation = null;
            var read = 0;
            do
            {
                var page = await queries.ListAsync(ticketFilter, PageSize, continuation, cancellationToken).ConfigureAwait(false);
                if (page is null)
                {
                    break;
                }

                read += page.Tickets.Count;
                continuation = page.Continuation;
                candidates.AddRange(page.Tickets.Where(t => t.Status.IsOpen() && t.InTenant(turn.Conversation.TenantId) && Matches(t, filter, turn.From.Id, now)));
            }
            while (continuation is not null && read < MaxRead);
        }

        var found = new List<Ticket>();
        foreach (var ticket in candidates)
        {
            if (await InChannelAsync(ticket, here, queues, cancellationToken).ConfigureAwait(false))
            {
                found.Add(ticket);
            }
        }

        // A channel that takes none of these tickets' categories, nor the default queue, is no queue: list every queue's.
        var everyQueue = !queues.ContainsValue(true) && !await IsDefaultQueueAsync(here, cancellationToken).ConfigureAwait(false);
        if (everyQueue)
        {
            found = candidates;
        }

        var ordered = Order(found.DistinctBy(t => t.Number), filter).ToList();
        return new TicketListPage(filter, ordered.Take(MaxShown).ToList(), ordered.Count > MaxShown, everyQueue);
    }

    /// <summary>Whether a target of <paramref name="ticket"/> is past its at-risk point or its due time at <paramref name="now"/>.</summary>
    public (bool AtRisk, bool Breached) SlaAt(Ticket ticket, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket.Sla is not { } state || !ticket.Status.IsOpen())
        {
            return (false, false);
        }

        var notices = sla.DueNotices(ticket, now).Aggregate(state.Notified, (all, m) => all | m.Notice);
        if (state.RespondedAt is not null)
        {
            // Answered in time or not, the response target no longer puts the ticket at risk.
            notices &= ~SlaNotices.ResponseAtRisk;
        }

        var breached = (notices & (SlaNotices.ResponseBreached | SlaNotices.ResolutionBreached)) != 0 || state.BreachNotified;
        var atRisk = !breached && (notices & (SlaNotices.ResponseAtRisk | SlaNotices.ResolutionAtRisk)) != 0;
        return (atRisk, breached);
    }

    private bool Matches(Ticket ticket, TicketListFilter filter, string me, DateTimeOffset now) => filter switch
    {
        TicketListFilter.Unassigned => AgentRules.Allows(ticket, AgentVerbs.AssignMe),
        TicketListFilter.Mine => ticket.Assignee?.Id == me,
        TicketListFilter.AtRisk => SlaAt(ticket, now).AtRisk,
        TicketListFilter.Breached => SlaAt(ticket, now).Breached,
        _ => false,
    };

    /// <summary>Mine reads the assignee's index; the others each open status's queue.</summary>
    private static IEnumerable<TicketFilter> Filters(TicketListFilter filter, string me) => filter switch
    {
        TicketListFilter.Mine => [new TicketFilter(AssigneeId: me)],
        TicketListFilter.Unassigned => [new TicketFilter(TicketStatus.New), new TicketFilter(TicketStatus.Approved)],
        _ => OpenStatuses.Select(s => new TicketFilter(s)),
    };

    /// <summary>Most urgent first: SLA lists by the due time that matters, the others by priority then age.</summary>
    private static IEnumerable<Ticket> Order(IEnumerable<Ticket> tickets, TicketListFilter filter) => filter is TicketListFilter.AtRisk or TicketListFilter.Breached
        ? tickets.OrderBy(t => t.Sla!.RespondedAt is null ? Min(t.Sla.ResponseDue, t.Sla.ResolutionDue) : t.Sla.ResolutionDue).ThenBy(t => t.Priority)
        : tickets.OrderBy(t => t.Priority).ThenBy(t => t.CreatedAt);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>The channel's id: a channel's conversation id, or a thread's without its <c>;messageid=</c>.</summary>
    internal static string ChannelOf(ConversationReference conversation) =>
        conversation.TeamsChannelId ?? conversation.ConversationId.Split(';', 2)[0];

    private async Task<bool> IsDefaultQueueAsync(string channel, CancellationToken cancellationToken)
    {
        var fallback = await queue.ForCategoryAsync(null, cancellationToken).ConfigureAwait(false);
        return fallback is not null && SameChannel(fallback, channel);
    }

    private async Task<bool> InChannelAsync(Ticket ticket, string channel, Dictionary<string, bool> known, CancellationToken cancellationToken)
    {
        var category = Queue.QueueCategories.Of(ticket);
        if (!known.TryGetValue(category, out var here))
        {
            var target = await queue.ForCategoryAsync(category, cancellationToken).ConfigureAwait(false);
            here = known[category] = target is not null && SameChannel(target, channel);
        }

        return here;
    }

    private static bool SameChannel(QueueChannel queue, string channel) =>
        string.Equals(ChannelOf(queue.Channel), channel, StringComparison.OrdinalIgnoreCase);
}
