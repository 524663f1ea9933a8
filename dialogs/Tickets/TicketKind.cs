namespace ServiceDesk.Dialogs.Tickets;

/// <summary>Incidents (something broke) and requests (access, fulfilment), numbered separately.</summary>
public enum TicketKind { Incident, Request }
