using System.Text.Json.Nodes;
using ServiceDesk.EndToEnd.Tests.Playground;
using ServiceDesk.EndToEnd.Tests.Support;

namespace ServiceDesk.EndToEnd.Tests.Flows;

/// <summary>
/// A person in a chat with the bot in the Playground. With an English client, they use the Playground's own APIs
/// (typing, and Action.Execute clicks answered in place). The Playground's own APIs always say en-US, so a French
/// client is played with custom activities carrying fr-FR: typed messages, and clicks as the Action.Submit fallback
/// every card button has (a message with the button's data and the card's input values), answered by new messages.
/// The Playground's message API writes only as members of the chat: another of its users writing in the signed-in
/// user's chat (<paramref name="from"/> given) types with custom activities too.
/// </summary>
internal sealed class PlaygroundPerson(
    BotAndPlayground processes, PlaygroundStream stream, string userId, string conversationId, string locale, JsonObject? from = null)
{
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Messages before this index were there before the person's last action.</summary>
    private int _mark;

    public string UserId => userId;

    public string ConversationId => conversationId;

    private bool IsFrench => locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase);

    public async Task SayAsync(string text)
    {
        _mark = stream.Messages.Count;
        if (IsFrench || from is not null)
        {
            var activity = await ClientActivityAsync();
            activity["text"] = text;
            activity["textFormat"] = "plain";
            await processes.Playground.SendCustomActivityAsync(activity, CancellationToken.None);
        }
        else
        {
            await processes.Playground.SendMessageAsync(conversationId, userId, text, CancellationToken.None);
        }
    }

    /// <summary>
    /// Clicks a button as a Teams client does with Action.Execute: an <c>adaptiveCard/action</c> invoke whose data
    /// carries the card's input values; the answer (a card replacing the clicked one, or a message) comes back.
    /// </summary>
    public async Task<InvokeResult> ExecuteAsync(CardView card, string verb, JsonObject? inputs = null)
    {
        _mark = stream.Messages.Count;
        var invoke = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = WithInputs(card.ActionData(verb), inputs) },
            },
            ["from"] = new JsonObject { ["id"] = userId },
            ["conversation"] = new JsonObject { ["id"] = card.ConversationId },
            ["replyToId"] = card.MessageId,
        };
        var answer = await processes.Playground.InvokeAsync(invoke, CancellationToken.None)
            ?? throw new InvalidOperationException("The Playground gave no invoke answer.");
        return InvokeResult.From(card, answer);
    }

    /// <summary>Clicks a button as a client on which it falls back to Action.Submit: a message whose value is the data and inputs.</summary>
    public async Task SubmitAsync(CardView card, string verb, JsonObject? inputs = null)
    {
        _mark = stream.Messages.Count;
        var activity = await ClientActivityAsync();
        activity["value"] = WithInputs(card.ActionData(verb), inputs);
        activity["replyToId"] = card.MessageId;
        await processes.Playground.SendCustomActivityAsync(activity, CancellationToken.None);
    }

    /// <summary>The first message from the bot in this chat, since the person's last action, that matches.</summary>
    public async Task<BotMessage> NextAsync(Func<BotMessage, bool> predicate, string what)
    {
        try
        {
            return await stream.WaitForAsync(m => m.ConversationId == conversationId && predicate(m), ReplyTimeout, _mark);
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"Waiting for {what}: {timeout.Message}{Environment.NewLine}{processes.Diagnostics()}", timeout);
        }
    }

    /// <summary>The next card that shows <paramref name="text"/>.</summary>
    public async Task<CardView> NextCardAsync(string text) =>
        CardView.From(await NextAsync(m => CardView.From(m)?.Shows(text) == true, $"a card showing \"{text}\""))!;

    /// <summary>The next text message that contains <paramref name="text"/>.</summary>
    public async Task<string> NextTextAsync(string text) =>
        (await NextAsync(m => m.Text?.Contains(text, StringComparison.Ordinal) == true, $"a message saying \"{text}\"")).Text!;

    private static JsonObject WithInputs(JsonObject data, JsonObject? inputs)
    {
        foreach (var (key, value) in inputs ?? [])
        {
            data[key] = value?.DeepClone();
        }

        return data;
    }

    /// <summary>A message activity from this person's client, as the Playground would build it, with the client's locale.</summary>
    private async Task<JsonObject> ClientActivityAsync()
    {
        var activity = await processes.Playground.GetActivityTemplateAsync(conversationId, "install", CancellationToken.None);
        activity.Remove("action");
        if (from is not null)
        {
            activity["from"] = from.DeepClone();
        }

        activity["id"] = Guid.NewGuid().ToString();
        activity["type"] = "message";
        activity["locale"] = locale;
        activity["localTimezone"] = IsFrench ? "Europe/Paris" : "America/New_York";
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "clientInfo", ["locale"] = locale, ["platform"] = "Web", ["timezone"] = (string?)activity["localTimezone"],
        });
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = (string?)activity["conversation"]?["tenantId"] } };
        return activity;
    }
}
