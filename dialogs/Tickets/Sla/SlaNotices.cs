namespace ServiceDesk.Dialogs.Tickets;

/// <summary>The SLA notices already sent for a ticket, so each is sent once (the response ones only until the first response).</summary>
[Flags]
public enum SlaNotices
{
    None = 0,
    ResponseAtRisk = 1,
    ResponseBreached = 2,
    ResolutionAtRisk = 4,
    ResolutionBreached = 8,
}
