using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Agents.Queue;

/// <summary>
/// What a queue takes: every ticket (no category), one incident catalogue category (<c>Catalogue:Incident</c>), or
/// access requests to fulfil. A ticket goes to its category's queue, else to the queue for every ticket.
/// </summary>
public static class QueueCategories
{
    /// <summary>Approved access requests waiting for fulfilment.</summary>
    public const string AccessRequests = "access-requests";

    /// <summary>The card's value for "every ticket" (stored as no category).</summary>
    public const string All = "all";

    /// <summary>The queue category of <paramref name="ticket"/>: pass it to <see cref="IAgentQueue.ForCategoryAsync"/>.</summary>
    public static string Of(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.Kind == TicketKind.Request ? AccessRequests : ticket.Category;
    }

    /// <summary>Categories compare without case; "all", blank and null are all "every ticket".</summary>
    public static string? Normalize(string? category) =>
        string.IsNullOrWhiteSpace(category) || string.Equals(category, All, StringComparison.OrdinalIgnoreCase)
            ? null
            : category.Trim().ToLowerInvariant();
}
