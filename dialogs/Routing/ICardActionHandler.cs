using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>
/// Buttons that act on a ticket rather than on a dialog in progress (an approver's Approve / Reject, the agents'
/// buttons, the announcements'): each handler declares its verbs, and the router's <see cref="CardActionTable"/>
/// (built at start, refusing a verb claimed twice) hands it those turns, before dialog verbs.
/// Register with <c>services.TryAddEnumerable(ServiceDescriptor.Singleton&lt;ICardActionHandler, X&gt;())</c>.
/// </summary>
internal interface ICardActionHandler
{
    /// <summary>The exact verbs this handler answers; no other handler (nor the router itself) may claim one of them.</summary>
    IReadOnlyCollection<string> Verbs { get; }

    Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken);
}
