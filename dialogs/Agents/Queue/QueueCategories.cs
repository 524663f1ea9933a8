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

    /// <summary>Software to install, once approved (the default queue of <c>Catalogue:Software</c> items).</summary>
    public const string SoftwareRequests = "software-requests";

    /// <summary>Equipment to hand out, once approved (the default queue of <c>Catalogue:Hardware</c> items).</summary>
    public const string HardwareRequests = "hardware-requests";

    /// <summary>New starters' requests (accesses and equipment for someone who starts soon).</summary>
    public const string NewStarters = "new-starters";

    /// <summary>The queues of requests to fulfil, access first (the setup card offers each).</summary>
    public static readonly IReadOnlyList<string> Requests = [AccessRequests, SoftwareRequests, HardwareRequests, NewStarters];

    /// <summary>The card's value for "every ticket" (stored as no category).</summary>
    public const string All = "all";

    /// <summary>The queue category of <paramref name="ticket"/>: pass it to <see cref="IAgentQueue.ForCategoryAsync"/>.</summary>
    public static string Of(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        // By what the ticket holds rather than its number's kind: a draft's template has no number yet.
        return ticket.NewStarter is not null ? NewStarters
            : ticket.Access is { } access ? access.Queue ?? AccessRequests
            : ticket.Kind == TicketKind.Request ? AccessRequests : ticket.Category;
    }

    /// <summary>Categories compare without case; "all", blank and null are all "every ticket".</summary>
    public static string? Normalize(string? category) =>
        string.IsNullOrWhiteSpace(category) || string.Equals(category, All, StringComparison.OrdinalIgnoreCase)
            ? null
            : category.Trim().ToLowerInvariant();
}
