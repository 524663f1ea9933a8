using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Agents;

/// <summary>A ticket in the queue, its requester (French, with a 1:1 chat), two agents, and clicks on the ticket card.</summary>
internal static class AgentTestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 30, 0, TimeSpan.Zero);
    public static readonly TicketNumber Number = new(TicketKind.Incident, 42);
    public static readonly TicketPerson Jean = new("29:jean", "00000000-0000-0000-0000-00000000000a", "Jean Dupont");
    public static readonly TicketPerson Alice = new("29:alice", "00000000-0000-0000-0000-0000000000a1", "Alice Agent");
    public static readonly TicketPerson Bob = new("29:bob", "00000000-0000-0000-0000-0000000000b0", "Bob Agent");
    public static readonly Person Mallory = new("29:mallory", null, "Mallory Employee");
    public const string JeanChat = "a:jean-chat";
    public const string ThreadId = "19:general@thread.tacv2;messageid=1700000000001";
    public const string RootId = "1700000000001";

    public static Ticket Ticket(TicketStatus status = TicketStatus.New, TicketPerson? assignee = null, TicketKind kind = TicketKind.Incident) => new()
    {
        Number = kind == TicketKind.Incident ? Number : new TicketNumber(TicketKind.Request, 42),
        Version = 3,
        Status = status,
        Title = "Outlook crashes at start",
        Description = "Outlook closes as soon as it opens, since this morning.",
        Category = "email",
        Impact = Impact.Low,
        Urgency = Urgency.High,
        Priority = Priority.P3,
        Requester = Jean,
        Assignee = assignee,
        CreatedAt = Now.AddHours(-2),
        UpdatedAt = Now.AddHours(-1),
        Sla = new SlaState(Now.AddHours(2), Now.AddDays(3)),
        Cards = new TicketCards(new PostedCard(ThreadId, RootId), null),
    };

    public static FakeAgentQueue AgentsQueue()
    {
        var queue = new FakeAgentQueue();
        queue.Agents.AddRange([Alice, Bob]);
        return queue;
    }

    public static UserProfile JeanProfile() =>
        new(Jean.Id, Jean.AadObjectId, Jean.Name, "fr-FR", "Europe/Paris", Now.AddDays(-1),
            new ConversationReference("https://smba.example/teams/", JeanChat, "tenant-1", "msteams", ConversationKind.Personal, "28:bot"));

    /// <summary>A click on the queue card by <paramref name="who"/>, Action.Execute unless <paramref name="invoke"/> is false.</summary>
    public static Turn Click(TicketPerson who, string verb, JsonObject? inputs = null, long version = 3, string locale = "en-US", bool invoke = true, TicketNumber? number = null)
    {
        var data = new JsonObject { ["verb"] = verb, [AgentVerbs.TicketField] = (number ?? Number).ToString(), [AgentVerbs.VersionField] = version };
        foreach (var (key, value) in inputs ?? [])
        {
            data[key] = value?.DeepClone();
        }

        return Raw(new Person(who.Id, who.AadObjectId, who.Name), verb, JsonSerializer.SerializeToElement(data), locale, invoke);
    }

    public static Turn Raw(Person who, string verb, JsonElement data, string locale = "en-US", bool invoke = true) =>
        new(TurnKind.CardAction, "activity-1", who,
            FakeAgentQueue.General with { ConversationId = ThreadId }, locale, "Europe/Paris", null, new CardAction(verb, data, invoke), Now);

    /// <summary>A message @mentioning the bot in a channel (mention already stripped), in <paramref name="conversation"/>.</summary>
    public static Turn ChannelMessage(TicketPerson who, string text, string conversation = ThreadId) =>
        new(TurnKind.Message, "activity-2", new Person(who.Id, who.AadObjectId, who.Name),
            FakeAgentQueue.General with { ConversationId = conversation }, "en-US", null, text, null, Now);

    /// <summary>Every Action.Execute verb on the card, in ActionSets and in the forms they open.</summary>
    public static List<string> Verbs(AdaptiveCard card) =>
        [.. Walk(JsonNode.Parse(CardJson.Serialize(card))).Where(n => (string?)n["type"] == "Action.Execute").Select(n => (string)n["verb"]!)];

    public static string AllText(AdaptiveCard card) =>
        string.Join("\n", Walk(JsonNode.Parse(CardJson.Serialize(card))).SelectMany(n => (string?)n["type"] switch
        {
            "TextBlock" => [(string)n["text"]!],
            "FactSet" => n["facts"]!.AsArray().Select(f => $"{(string)f!["title"]!}: {(string)f["value"]!}"),
            _ => Enumerable.Empty<string>(),
        }));

    private static IEnumerable<JsonObject> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var child in array.SelectMany(Walk))
                {
                    yield return child;
                }

                break;
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.Where(p => p.Key != "fallback").SelectMany(p => Walk(p.Value)))
                {
                    yield return child;
                }

                break;
        }
    }
}
