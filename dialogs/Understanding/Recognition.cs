using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// What a recogniser understood from one message. Hints are pre-fill for the flows, never decisions:
/// <see cref="CategoryHint"/> is one of <see cref="CategoryIds"/>, <see cref="ServiceHint"/> one of <see cref="ServiceIds"/>.
/// </summary>
/// <param name="Intent">The intent. Text with words that match nothing is <see cref="Intent.Question"/> with confidence 0.</param>
/// <param name="Confidence">0 to 1. 0 means the intent is the fallback rule (nothing matched), so a composite recogniser may ask another one.</param>
/// <param name="TicketNumber">A ticket number found anywhere in the text ("inc123", "REQ 45", "INC-000123").</param>
/// <param name="CategoryHint">The incident category the text talks about, if any.</param>
/// <param name="ServiceHint">The product the text names (Outlook, VPN, Teams...), if any.</param>
/// <param name="TitleHint">A cleaned short title (≤ 80 characters) for an incident, set for incidents and questions.</param>
public sealed record Recognition(
    Intent Intent,
    double Confidence,
    TicketNumber? TicketNumber = null,
    string? CategoryHint = null,
    string? ServiceHint = null,
    string? TitleHint = null)
{
    /// <summary>The language the message is written in ("en" or "fr"), detected per message; null when it cannot tell.</summary>
    public string? Language { get; init; }

    /// <summary>The impact the sentence states ("the whole floor is affected"), if any.</summary>
    public Impact? ImpactHint { get; init; }

    /// <summary>The urgency the sentence states ("je suis complètement bloqué"), if any.</summary>
    public Urgency? UrgencyHint { get; init; }

    /// <summary>For <see cref="Intent.TicketFollowUp"/>: the words that name the ticket ("printer", "Visio").</summary>
    public string? Subject { get; init; }

    /// <summary>
    /// The ticket number was typed without INC or REQ ("#42", "ticket 42", "42" alone): its kind is a guess, a request of
    /// that number counts too; a number alone typed inside a form is an answer to its step, never a ticket.
    /// </summary>
    public bool KindGuessed { get; init; }

    /// <summary>For an access request read by the language model: the access catalogue's resource it named (checked against the catalogue).</summary>
    public string? ResourceHint { get; init; }

    /// <summary>For an access request read by the language model: the end date the message states (checked to be a future date).</summary>
    public DateOnly? EndDateHint { get; init; }

    /// <summary>Nothing to understand (empty, only symbols, or keys hit without writing).</summary>
    public static Recognition Nothing { get; } = new(Intent.None, 0);

    /// <summary>True when no cue matched and the intent is only the "anything else is a question" rule.</summary>
    public bool IsFallback => Intent == Intent.Question && Confidence <= 0;
}
