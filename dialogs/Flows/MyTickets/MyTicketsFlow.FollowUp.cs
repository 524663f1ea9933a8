using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Flows.MyTickets;

// A question about an existing ticket, answered with that ticket: never by opening a new one.
internal sealed partial class MyTicketsFlow
{
    /// <summary>The kind of <see cref="DialogContext.Offered"/> a pick list leaves.</summary>
    public const string OfferedPick = "pick";

    /// <summary>At most this many open tickets are offered when a follow-up names none of them.</summary>
    private const int MaxPicked = 8;

    /// <summary>
    /// "Any news on my printer ticket?", "ma demande pour Visio", "add this to my ticket: …": resolved against the
    /// employee's own open and recently closed tickets. One match: its card (or, to add a comment, a card to confirm
    /// it); several: a short list to pick from; none: the list of their tickets, saying which one was not found.
    /// </summary>
    public async Task<IReadOnlyList<Reply>> FollowUpAsync(DialogContext context, string text, Recognition recognition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recognition);
        var texts = context.Texts;
        var listed = await ListedAsync(context, cancellationToken).ConfigureAwait(false);
        var adding = FollowUpCues.AddToTicket(text);
        var subject = FollowUpCues.Subject(adding?.Subject ?? recognition.Subject ?? text);
        // The comment after "add this to my ticket:" says nothing of which ticket (its "friday" is no opening day).
        var matches = await MatchesAsync(context, recognition, subject, listed, adding?.Subject ?? text, cancellationToken).ConfigureAwait(false);
        if (matches is null)
        {
            // Nothing in the message names a ticket ("any news on my ticket?" with several open): the open ones to
            // pick from; with none open, the list says so (and shows those closed recently).
            var open = listed.Where(t => t.Status.IsOpen()).Take(MaxPicked).ToList();
            if (open.Count == 0)
            {
                return [Reply.Of(TicketCards.List(context, listed))];
            }

            context.Offered = [OfferedPick, .. open.SelectMany(t => new[] { t.Number.ToString(), t.Title })];
            return [Reply.Of(TicketCards.Pick(context, open, texts.Get(adding is null ? TextKeys.PipelineFollowUpWhich : TextKeys.PipelineCommentPick)))];
        }

        switch (matches.Count)
        {
            case 1 when adding is { } add:
                return [Reply.Of(TicketCards.ConfirmComment(context, matches[0], add.Comment ?? text.Trim()))];
            case 1:
                return [await DetailsAsync(context, matches[0], null, null, cancellationToken).ConfigureAwait(false)];
            case > 1:
                // Remembered so that "the second one" or "le premier" typed next opens it.
                context.Offered = [OfferedPick, .. matches.SelectMany(t => new[] { t.Number.ToString(), t.Title })];
                return [Reply.Of(TicketCards.Pick(context, matches, texts.Get(adding is null ? TextKeys.PipelineFollowUpPick : TextKeys.PipelineCommentPick)))];
            default:
                var named = recognition.Subject ?? (subject.Count > 0 ? string.Join(' ', subject) : recognition.ServiceHint ?? recognition.CategoryHint ?? text.Trim());
                var shown = CardText.Literal(named.Length > 60 ? named[..60] + "…" : named);
                return [Reply.Of(TicketCards.NotFound(context, listed, texts.Get(TextKeys.PipelineFollowUpNone, shown)))];
        }
    }

    /// <summary>
    /// Whether a follow-up may be about one of the employee's own tickets: they have some listed, and the message names
    /// one (by number, day, or what it is about), speaks of a ticket of theirs ("my printer ticket", "ma demande"), or
    /// names nothing in particular (then the list or the only open one is the answer). False when they have none, or
    /// when the message is about something none of theirs is about: the follow-up would only say "no ticket found".
    /// </summary>
    public async Task<bool> NamesListedAsync(DialogContext context, string text, Recognition recognition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recognition);
        var listed = await ListedAsync(context, cancellationToken).ConfigureAwait(false);
        if (listed.Count == 0)
        {
            return false;
        }

        if (FollowUpCues.NamesOwnTicket(text))
        {
            return true;
        }

        var adding = FollowUpCues.AddToTicket(text);
        var subject = FollowUpCues.Subject(adding?.Subject ?? recognition.Subject ?? text);
        var matches = await MatchesAsync(context, recognition, subject, listed, adding?.Subject ?? text, cancellationToken).ConfigureAwait(false);
        return matches is null || matches.Count > 0;
    }

    /// <summary>The tickets the message names; null when it names none in particular.</summary>
    private async Task<IReadOnlyList<Ticket>?> MatchesAsync(
        DialogContext context, Recognition recognition, IReadOnlyList<string> subject, IReadOnlyList<Ticket> listed, string text, CancellationToken cancellationToken)
    {
        if (recognition.TicketNumber is { } number)
        {
            // A number wins; an older ticket of theirs that is no longer listed still counts, anyone else's never does.
            var own = listed.FirstOrDefault(t => t.Number == number) ?? await OwnAsync(context, number, cancellationToken).ConfigureAwait(false);
            if (own is null && recognition.KindGuessed)
            {
                own = await OwnAsync(context, OtherKind(number), cancellationToken).ConfigureAwait(false);
            }

            return own is null ? [] : [own];
        }

        if (OpenedOnNamedDay(context, recognition, subject, listed, text) is { } onDay)
        {
            return onDay;
        }

        if (subject.Count == 0 && recognition.ServiceHint is null && recognition.CategoryHint is null)
        {
            var open = listed.Where(t => t.Status.IsOpen()).ToList();
            return open.Count == 1 ? open : null;
        }

        return _matcher.Match(subject, recognition, listed, text);
    }
}
