using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.MyTickets;

// A request withdrawn while its approver has not decided: the approval card loses its buttons.
internal sealed partial class MyTicketsFlow
{
    /// <summary>
    /// What the change tells others: the agents and the requester's card (<see cref="Agents.ITicketNotifier"/>) and,
    /// for a request withdrawn while awaiting approval, the approval card replaced in place in the approver's chat.
    /// </summary>
    private async Task<OutboxFor> OutboxAsync(DialogContext context, Ticket ticket, TicketChange change, CancellationToken cancellationToken)
    {
        var notify = await notifier.ForAsync(ticket, change.Event, cancellationToken).ConfigureAwait(false);
        if (change.Changed is not { Withdrawn: true } || ticket.Status != TicketStatus.AwaitingApproval)
        {
            return notify;
        }

        var origin = context.Turn.Conversation;
        if (ticket.NewStarter is not null)
        {
            // One card per item and approver: each still awaiting a decision says the request was withdrawn.
            var posted = await NewStarter.NewStarterWithdrawal.FindAsync(ticket, outbox, profiles, cancellationToken).ConfigureAwait(false);
            return stored => [.. notify(stored), .. NewStarter.NewStarterWithdrawal.Updates(stored, posted, access, origin)];
        }

        var holder = await ApprovalCardUpdate.HolderAsync(ticket, profiles, cancellationToken).ConfigureAwait(false);
        return stored => [.. notify(stored), .. ApprovalCardUpdate.For(stored, holder, access, origin)];
    }
}
