namespace ServiceDesk.Dialogs.Tickets;

/// <summary>Which of a ticket's posted cards (<see cref="TicketCards"/>) an activity id belongs to.</summary>
public enum TicketCardSlot { QueueThread, RequesterCard, ApprovalCard }

/// <summary>Thread ids of the agents' channel: a thread is <c>{channel id};messageid={root activity id}</c>.</summary>
public static class ChannelThread
{
    private const string Marker = ";messageid=";

    /// <summary>The thread's conversation id from what Teams answered for a new thread (the id may come without the marker).</summary>
    public static string Of(string conversationId, string rootActivityId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return conversationId.Contains(Marker, StringComparison.OrdinalIgnoreCase) ? conversationId : conversationId + Marker + rootActivityId;
    }

    /// <summary>The channel and root activity id of a thread's conversation id; null for a conversation that is not a thread.</summary>
    public static (string Channel, string Root)? Split(string? conversationId)
    {
        var at = conversationId?.IndexOf(Marker, StringComparison.OrdinalIgnoreCase) ?? -1;
        if (at <= 0 || at + Marker.Length >= conversationId!.Length)
        {
            return null;
        }

        return (conversationId[..at], conversationId[(at + Marker.Length)..]);
    }
}
