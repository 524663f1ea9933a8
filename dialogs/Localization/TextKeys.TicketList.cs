namespace ServiceDesk.Dialogs.Localization;

// The agents' ticket list (command "tickets", prefix "ticketlist."), in its own file so parallel work on the agents'
// side does not collide in TextKeys.cs.
public static partial class TextKeys
{
    public const string TicketListHelp = "ticketlist.help";
    public const string TicketListUsage = "ticketlist.usage";
    public const string TicketListTitle = "ticketlist.title";
    public const string TicketListUnassigned = "ticketlist.unassigned";
    public const string TicketListMine = "ticketlist.mine";
    public const string TicketListAtRisk = "ticketlist.atRisk";
    public const string TicketListBreached = "ticketlist.breached";
    public const string TicketListRefresh = "ticketlist.refresh";
    public const string TicketListOpen = "ticketlist.open";
    public const string TicketListEmpty = "ticketlist.empty";
    public const string TicketListFirst = "ticketlist.first";
    public const string TicketListEveryQueue = "ticketlist.everyQueue";

    /// <summary>The (unseen) title of an announcement card's automatic refresh.</summary>
    public const string AnnouncementsCardRefresh = "announcements.card.refresh";
}
