using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Flows.Approval;

/// <summary>An access request awaiting Marie's approval, and the turns of people clicking its card.</summary>
internal static class ApprovalTestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 30, 0, TimeSpan.Zero);
    public static readonly TicketNumber Number = new(TicketKind.Request, 12);
    public static readonly TicketPerson Jean = new("29:jean", "aad-jean", "Jean Dupont");
    public static readonly Person Marie = new("29:marie", "aad-marie", "Marie Martin");
    public static readonly Person Paul = new("29:paul", "aad-paul", "Paul Durand");

    public static readonly ConversationReference JeanChat = Chat("a:jean");
    public static readonly ConversationReference MarieChat = Chat("a:marie");

    public static ConversationReference Chat(string id) =>
        new("https://smba.example/teams/", id, "tenant-1", "msteams", ConversationKind.Personal, "28:bot");

    public static Ticket Request(long version = 1, TicketStatus status = TicketStatus.AwaitingApproval, string justification = "I join the sales team and follow customer accounts.") => new()
    {
        Number = Number,
        Version = version,
        Status = status,
        Title = "Access request: CRM (Dynamics 365 Sales) (Contribute)",
        Description = justification,
        Category = "crm",
        Impact = Impact.Low,
        Urgency = Urgency.Medium,
        Priority = Priority.P4,
        Requester = Jean,
        CreatedAt = Now.AddHours(-1),
        UpdatedAt = Now.AddHours(-1),
        Access = new AccessRequestDetails(
            "crm", "contribute", justification, new DateOnly(2027, 3, 31), ["29:marie", "aad-marie"],
            Approvers: [new TicketPerson("29:marie", "aad-marie", "Marie Martin")]),
    };

    public static UserProfile Profile(TicketPerson person, string locale, ConversationReference? chat) =>
        new(person.Id, person.AadObjectId, person.Name, locale, "Europe/Paris", Now.AddDays(-1), chat);

    public static Turn Click(Person who, string locale, string verb, JsonObject data, bool invoke = true) =>
        new(
            TurnKind.CardAction,
            "activity-9",
            who,
            MarieChat,
            locale,
            "Europe/Paris",
            null,
            new CardAction(verb, JsonSerializer.SerializeToElement(data), invoke),
            Now);

    public static JsonObject Data(string verb, long version = 1, string? comment = null, string ticket = "REQ-000012")
    {
        var data = new JsonObject { ["verb"] = verb, ["ticket"] = ticket, ["version"] = version };
        if (comment is not null)
        {
            data["comment"] = comment;
        }

        return data;
    }
}
