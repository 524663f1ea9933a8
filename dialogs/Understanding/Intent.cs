namespace ServiceDesk.Dialogs.Understanding;

/// <summary>What an employee's free text asks for; the router starts the matching flow.</summary>
public enum Intent
{
    /// <summary>Nothing to understand: empty, only spaces, punctuation, emoji or symbols, or only keys hit without writing ("asdfgh").</summary>
    None,

    /// <summary>Something is broken: start the incident flow (with the hints as pre-fill).</summary>
    ReportIncident,

    /// <summary>Access to an application, group, shared folder or licence.</summary>
    RequestAccess,

    /// <summary>The list of the employee's own tickets.</summary>
    MyTickets,

    /// <summary>One ticket, named by <see cref="Recognition.TicketNumber"/>.</summary>
    TicketStatus,

    /// <summary>
    /// A question about one of the employee's own tickets without its number ("any news on my printer ticket?",
    /// "ma demande pour Visio"): answered with that ticket, never by opening a new one. <see cref="Recognition.Subject"/>
    /// holds the words that name the ticket.
    /// </summary>
    TicketFollowUp,

    /// <summary>A question for the knowledge base; also the answer for text that matches nothing.</summary>
    Question,

    /// <summary>"Is there an outage?": answered from the active announcements.</summary>
    Outage,

    /// <summary>Talk to a person: escalation.</summary>
    Human,

    /// <summary>What the bot can do.</summary>
    Help,

    /// <summary>Only a greeting ("hi", "bonjour"): answer with the menu.</summary>
    Greeting,

    /// <summary>Software installed on the employee's computer (<c>Catalogue:Software</c>).</summary>
    RequestSoftware,

    /// <summary>Equipment for the employee: a second screen, a headset, a laptop (<c>Catalogue:Hardware</c>).</summary>
    RequestHardware,

    /// <summary>Accesses and equipment for someone who starts soon, asked on their behalf (a beneficiary and a start date).</summary>
    NewStarter,
}
