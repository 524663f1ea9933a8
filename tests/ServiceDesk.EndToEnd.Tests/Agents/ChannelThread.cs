namespace ServiceDesk.EndToEnd.Tests.Agents;

/// <summary>
/// A thread in a Teams channel: the channel and its root post. Its conversation id is Teams' own
/// <c>{channelId};messageid={rootId}</c>, which the Playground uses too (its channel ids are <c>team-id</c>, not <c>19:…</c>).
/// </summary>
internal sealed record ChannelThread(string ChannelId, string RootId)
{
    private const string Separator = ";messageid=";

    public string ConversationId => ChannelId + Separator + RootId;

    public static ChannelThread? Parse(string? conversationId) =>
        conversationId?.IndexOf(Separator, StringComparison.Ordinal) is > 0 and var at
            ? new ChannelThread(conversationId[..at], conversationId[(at + Separator.Length)..])
            : null;
}
