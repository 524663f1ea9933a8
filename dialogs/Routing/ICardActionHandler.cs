using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>
/// Buttons that act on a ticket rather than on a dialog in progress (an approver's Approve / Reject, later the
/// agents' buttons): the router hands the turn to the first handler that claims the verb, before dialog verbs.
/// Register with <c>services.AddSingleton&lt;ICardActionHandler, X&gt;()</c>.
/// </summary>
internal interface ICardActionHandler
{
    bool Handles(string verb);

    Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken);
}
