using ServiceDesk.EndToEnd.Tests.Playground;

namespace ServiceDesk.EndToEnd.Tests.Agents;

/// <summary>
/// What the bot posts in a team channel, read from the Playground's conversation stream (the signed-in user is a
/// member of the mock team, so its channels are streamed). A new thread arrives as <c>createMessage</c> on the channel
/// with <c>postConversationId</c> = the thread; a PUT on the root arrives as <c>updateMessage</c> on the channel; a reply
/// in the thread as <c>createMessage</c> on the thread's conversation.
/// </summary>
internal static class ChannelPosts
{
    /// <summary>
    /// The first new thread in <paramref name="channelId"/>, among messages from index <paramref name="from"/> on, whose
    /// card shows <paramref name="text"/>: a card view addressed to the thread (clicks on it go to that conversation).
    /// </summary>
    public static async Task<CardView> WaitForNewThreadCardAsync(
        this PlaygroundStream stream, string channelId, string text, TimeSpan timeout, int from = 0)
    {
        var posted = await stream.WaitForAsync(
            m => m.Action == "createMessage" && m.ConversationId == channelId && ThreadOf(m) is not null
                && CardView.From(m)?.Shows(text) == true,
            timeout, from);
        var thread = ThreadOf(posted)!;
        return new CardView(thread.ConversationId, thread.RootId, posted.AdaptiveCards[0]);
    }

    /// <summary>The first replacement of the thread's root card (a PUT), from index <paramref name="from"/> on, that matches.</summary>
    public static async Task<CardView> WaitForCardUpdateAsync(
        this PlaygroundStream stream, CardView root, Func<CardView, bool> predicate, TimeSpan timeout, int from = 0)
    {
        var thread = ChannelThread.Parse(root.ConversationId)
            ?? throw new ArgumentException($"{root.ConversationId} is not a channel thread.", nameof(root));
        var updated = await stream.WaitForAsync(
            m => m.Action == "updateMessage" && m.ConversationId == thread.ChannelId
                && (string?)m.Message["messageId"] == thread.RootId
                && CardView.From(m) is { } card && predicate(root with { Card = card.Card }),
            timeout, from);
        return root with { Card = updated.AdaptiveCards[0] };
    }

    /// <summary>The first message the bot posts in the thread (a reply under the root), from index <paramref name="from"/> on, that matches.</summary>
    public static Task<BotMessage> WaitForThreadReplyAsync(
        this PlaygroundStream stream, CardView root, Func<BotMessage, bool> predicate, TimeSpan timeout, int from = 0) =>
        stream.WaitForAsync(m => m.Action == "createMessage" && m.ConversationId == root.ConversationId && predicate(m), timeout, from);

    private static ChannelThread? ThreadOf(BotMessage message) =>
        ChannelThread.Parse((string?)message.Message["postConversationId"]);
}
