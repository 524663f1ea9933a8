using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>Maps tickets and history events to entities of the ticket's partition.</summary>
internal static class TicketEntities
{
    public static TableEntity Ticket(Ticket ticket, Guid opId)
    {
        var entity = new TableEntity(TicketKeys.Partition(ticket.Number), TicketKeys.TicketRow)
        {
            ["Version"] = ticket.Version,
            ["Status"] = ticket.Status.ToString(),
            ["OpId"] = opId,
        };
        RecordJson.Write(entity, ticket);
        return entity;
    }

    public static Ticket Ticket(TableEntity entity) => RecordJson.Read<Ticket>(entity);

    public static TableEntity Event(TicketNumber number, TicketEvent change, Guid opId)
    {
        var entity = new TableEntity(TicketKeys.Partition(number), TicketKeys.EventRow(change.Version)) { ["OpId"] = opId };
        RecordJson.Write(entity, change);
        return entity;
    }

    public static TicketEvent Event(TableEntity entity) => RecordJson.Read<TicketEvent>(entity);
}
