using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Agents;

/// <summary>
/// Which agent actions a ticket allows in its state (ITIL: New → In progress → On hold → Resolved → Closed; requests
/// Approved → In progress → Fulfilled). The card shows only these buttons and the handler refuses anything else.
/// </summary>
internal static class AgentRules
{
    public static bool Allows(Ticket ticket, string verb)
    {
        var status = ticket.Status;
        var request = ticket.Kind == TicketKind.Request;
        var workable = status is TicketStatus.New or TicketStatus.InProgress or TicketStatus.OnHold
            || (request && status == TicketStatus.Approved);
        return verb switch
        {
            // Someone has it: taking it over is "Assign to…", a deliberate choice, not the first button.
            AgentVerbs.AssignMe => workable && ticket.Assignee is null,
            AgentVerbs.AssignTo => workable,
            AgentVerbs.Start => status is TicketStatus.New or TicketStatus.OnHold || (request && status == TicketStatus.Approved),
            AgentVerbs.Hold => status is TicketStatus.New or TicketStatus.InProgress || (request && status == TicketStatus.Approved),
            AgentVerbs.Resolve => !request && status is TicketStatus.New or TicketStatus.InProgress or TicketStatus.OnHold,
            AgentVerbs.Fulfil => request && status is TicketStatus.Approved or TicketStatus.InProgress or TicketStatus.OnHold,
            AgentVerbs.Priority => workable,
            AgentVerbs.Reply => workable || status is TicketStatus.Resolved or TicketStatus.Fulfilled,
            AgentVerbs.Note => status is not TicketStatus.Cancelled,
            AgentVerbs.Reopen => !request && status is TicketStatus.Resolved,
            AgentVerbs.Cancel => status.IsOpen(),
            _ => false,
        };
    }
}
