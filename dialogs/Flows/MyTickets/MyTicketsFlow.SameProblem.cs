using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Flows.MyTickets;

// A problem asked about ("the vpn drops again, is anyone on it?") that one of the employee's open tickets is clearly
// about: that ticket first, not a second incident.
internal sealed partial class MyTicketsFlow
{
    /// <summary>
    /// The card of the one open ticket of the employee that <paramref name="text"/> (worded as a question) is clearly
    /// about, with a note that it is already open; null when none or several fit, or the text states a new problem.
    /// Typing "report an incident" still opens a new one.
    /// </summary>
    public async Task<IReadOnlyList<Reply>?> SameProblemAsync(DialogContext context, string text, Recognition recognition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recognition);
        if (!text.Contains('?', StringComparison.Ordinal) || recognition.CategoryHint is null)
        {
            return null;
        }

        var open = (await ListedAsync(context, cancellationToken).ConfigureAwait(false)).Where(t => t.Status.IsOpen() && t.Kind == TicketKind.Incident).ToList();
        if (open.Count == 0)
        {
            return null;
        }

        var matches = _matcher.Match(FollowUpCues.Subject(text), recognition, open, text);
        if (matches.Count != 1)
        {
            return null;
        }

        return [await DetailsAsync(context, matches[0], context.Texts.Get(TextKeys.SameProblemOpen), null, cancellationToken).ConfigureAwait(false)];
    }
}
