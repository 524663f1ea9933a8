using System.Text.Json;

namespace ServiceDesk.Bot.Tests.Announcements;

/// <summary>
/// The kit's fake connector as the fan-out tests see it: every POST (new activity, new channel thread) and PUT (edit)
/// filed under its conversation with the card's announcement version, and a scripted status per conversation.
/// </summary>
internal sealed class FanoutConnector(FakeConnector connector) : IAsyncDisposable
{
    public string ServiceUrl => connector.ServiceUrl;

    public IReadOnlyList<CardCall> Calls =>
        [.. connector.Received.Where(r => r.Method is "POST" or "PUT" && r.Conversation is not null && r.Activity is not null).Select(Call)];

    public static async Task<FanoutConnector> StartAsync() => new(await FakeConnector.StartAsync());

    /// <summary>Every call to <paramref name="conversationId"/> answers <paramref name="status"/>.</summary>
    public void Answer(string conversationId, int status) =>
        connector.Always(r => r.Conversation == conversationId, new ScriptedReply(status, Code: "ConversationNotFound"));

    public IReadOnlyList<CardCall> To(string conversationId) => [.. Calls.Where(c => c.Conversation == conversationId)];

    public ValueTask DisposeAsync() => connector.DisposeAsync();

    private static CardCall Call(FakeConnector.ReceivedRequest r) =>
        new(r.Method, r.Conversation!, r.Method == "PUT" ? r.Path[(r.Path.LastIndexOf('/') + 1)..] : null, r.AnsweredId, r.Activity!.Value);
}

/// <summary>One call: POST or PUT, to which conversation, over which activity (PUT), the id answered, the activity sent.</summary>
internal sealed record CardCall(string Method, string Conversation, string? UpdatedActivityId, string? AnsweredId, JsonElement Activity)
{
    public string Card => Activity.GetProperty("attachments")[0].GetProperty("content").GetRawText();

    /// <summary>The announcement version in the card's buttons (null for the short resolved / withdrawn notices).</summary>
    public int? Version
    {
        get
        {
            var content = Activity.GetProperty("attachments")[0].GetProperty("content");
            return content.TryGetProperty("actions", out var actions) && actions.GetArrayLength() > 0
                ? actions[0].GetProperty("data").GetProperty("version").GetInt32()
                : null;
        }
    }
}
