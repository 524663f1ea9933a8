using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Flows.MyTickets;

// "The ticket I opened tuesday", "mon ticket d'hier": the day a ticket was opened names it as well as its words.
internal sealed partial class MyTicketsFlow
{
    /// <summary>
    /// The tickets the message names by the day they were opened (in the employee's time zone), narrowed by its words
    /// when they name one of them; null when the message names no day, or no ticket of theirs was opened on it.
    /// </summary>
    private IReadOnlyList<Ticket>? OpenedOnNamedDay(DialogContext context, Recognition recognition, IReadOnlyList<string> subject, IReadOnlyList<Ticket> listed, string text)
    {
        var now = context.Turn.Timestamp == default ? context.Now : context.Turn.Timestamp;
        foreach (var day in NamedDay.Of(TextFolding.Words(text), DateOnly.FromDateTime(context.ToLocal(now).DateTime)))
        {
            var opened = listed.Where(t => DateOnly.FromDateTime(context.ToLocal(t.CreatedAt).DateTime) == day).ToList();
            if (opened.Count == 0)
            {
                continue;
            }

            if (subject.Count == 0 && recognition.ServiceHint is null && recognition.CategoryHint is null)
            {
                return opened;
            }

            // The words say which ticket better than a day: among the day's tickets the ones they name; when they name
            // only others, the day was not when it was opened ("the mic issue… next call is thursday").
            var named = _matcher.Match(subject, recognition, listed, text);
            var both = named.Where(t => opened.Any(o => o.Number == t.Number)).ToList();
            if (both.Count > 0)
            {
                return both;
            }

            if (named.Count > 0)
            {
                return null;
            }

            var within = opened.Count == 1 ? [] : _matcher.Match(subject, recognition, opened, text);
            return within.Count > 0 ? within : opened;
        }

        return null;
    }
}
