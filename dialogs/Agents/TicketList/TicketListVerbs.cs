namespace ServiceDesk.Dialogs.Agents.TicketList;

/// <summary>The buttons of the agents' ticket list (prefix <c>ticketlist.</c>) and their data fields.</summary>
internal static class TicketListVerbs
{
    public const string Prefix = "ticketlist.";

    /// <summary>Shows the list for a filter (the filter buttons, Refresh, and Teams' automatic refresh).</summary>
    public const string Show = "ticketlist.show";

    /// <summary>Opens one ticket's card, with its actions, in place of the list for the agent who clicked.</summary>
    public const string Open = "ticketlist.open";

    public const string FilterField = "filter";
    public const string TicketField = "ticket";
}
