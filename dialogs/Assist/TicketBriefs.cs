using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Assist;

/// <summary>
/// A ticket as the model may read it: its own fields and its conversation (the requester's comments, the agents'
/// replies and notes), without anyone's name or id, and no other ticket.
/// </summary>
internal static class TicketBriefs
{
    /// <summary>The latest messages kept: enough for a summary, a bounded prompt.</summary>
    public const int MaxLines = 30;

    public const int MaxLineLength = 1_000;

    private static readonly TicketEventKind[] Spoken = [TicketEventKind.Comment, TicketEventKind.ReplyToRequester, TicketEventKind.InternalNote];

    public static TicketBrief Of(Ticket ticket, IReadOnlyList<TicketEvent> history, string language)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(history);
        var lines = history
            .Where(e => Spoken.Contains(e.Kind) && !string.IsNullOrWhiteSpace(e.Text))
            .TakeLast(MaxLines)
            .Select(e => new TicketLine(
                e.Actor.Id == ticket.Requester.Id ? "requester" : "agent",
                e.Text!.Length > MaxLineLength ? e.Text[..MaxLineLength] : e.Text,
                e.Internal || e.Kind == TicketEventKind.InternalNote))
            .ToList();
        return new TicketBrief(ticket.Number.ToString(), ticket.Kind.ToString(), ticket.Status.ToString(), ticket.Title, ticket.Description, language, lines);
    }
}
