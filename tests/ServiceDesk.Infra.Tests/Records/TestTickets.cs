using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Infra.Tests.Records;

internal static class TestTickets
{
    public static readonly ConversationReference AgentsChannel =
        new("https://smba.example/teams/", "19:queue@thread.tacv2", "tenant-1", "msteams", ConversationKind.Channel, "28:bot");

    public static TicketPerson Person(string id) => new(id, "aad-" + id, "Name " + id);

    public static TicketDraft Incident(string requesterId = "29:1employee", string title = "Outlook crashes", Priority priority = Priority.P3)
    {
        var requester = Person(requesterId);
        var template = new Ticket
        {
            Number = default,
            Version = 0,
            Status = TicketStatus.New,
            Title = title,
            Description = "Since the update, every morning.",
            Category = "email",
            Service = "Outlook",
            Impact = Impact.Low,
            Urgency = Urgency.High,
            Priority = priority,
            Requester = requester,
            CreatedAt = default,
            UpdatedAt = default,
        };
        return new TicketDraft(TicketKind.Incident, template, new TicketEvent(DateTimeOffset.UtcNow, requester, TicketEventKind.Created, []));
    }

    /// <summary>The queue card a new ticket posts in the agents' channel, keyed by the ticket.</summary>
    public static IReadOnlyList<OutboxDraft> QueueCard(Ticket ticket) =>
    [
        new OutboxDraft($"{ticket.Number}/v{ticket.Version}/queue-card", OutboxKind.NewChannelThread, AgentsChannel,
            $$"""{"type":"message","text":"{{ticket.Number}}"}""", Subject: ticket.Number.ToString(), Purpose: "queue-card"),
    ];

    public static TicketEvent Change(string actorId, TicketEventKind kind, string? text = null, params FieldChange[] changes) =>
        new(DateTimeOffset.UtcNow, Person(actorId), kind, changes, text);

    public static async Task<T> WithinAsync<T>(Task<T> task, int seconds = 60) =>
        await task.WaitAsync(TimeSpan.FromSeconds(seconds));
}
