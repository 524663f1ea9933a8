using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.MyTickets;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

// The answers typed to what the bot just offered, rather than clicked.
internal sealed partial class ServiceDeskRouter
{
    /// <summary>The kind of <see cref="DialogContext.Offered"/> the offer of a person leaves.</summary>
    private const string OfferedHuman = "human";

    /// <summary>
    /// The answer to what was just offered outside a form, typed rather than clicked: "yes"/"oui" to the offer of a
    /// person, "the second one"/"le premier" or a title to a pick list. Null when the message is not such an answer.
    /// </summary>
    private async Task<TurnResult?> OfferedAsync(Session session, IReadOnlyList<string> offered, List<Reply> notices, CancellationToken cancellationToken)
    {
        var context = session.Context;
        var text = context.Turn.Text;
        if (offered[0] == OfferedHuman)
        {
            var answer = new ChoiceMatcher(ChoiceOption.YesNo("yes", "no")).Match(text);
            if (!answer.IsMatched)
            {
                return null;
            }

            if (answer.Value == "yes")
            {
                return await EscalateAsync(session, notices, cancellationToken).ConfigureAwait(false);
            }

            await RememberAsync(session, null, cancellationToken).ConfigureAwait(false);
            return Replies([.. notices, Menu(context.Turn, context.Texts)]);
        }

        var options = offered.Skip(1).Chunk(2).Where(p => p.Length == 2).Select(p => new ChoiceOption(p[0], [p[0]], [p[1]])).ToList();
        var pick = new ChoiceMatcher(options).Match(text);
        if (offered[0] != MyTicketsFlow.OfferedPick || !pick.IsMatched || !TicketNumber.TryParse(pick.Value, out var number))
        {
            return null;
        }

        await RememberAsync(session, null, cancellationToken).ConfigureAwait(false);
        return Replies([.. notices, .. await myTickets.OpenAsync(context, number, cancellationToken).ConfigureAwait(false)]);
    }

    /// <summary>What the call-back offer inside a form leaves in the form's record, so that a person asked again is its click.</summary>
    private const string OfferedCallBack = "callback";

    /// <summary>
    /// A bare "yes" / "oui" or "no" / "non" typed while the call-back offer shows inside a form: the answer to its two
    /// buttons, not to the step below it (at a summary, "yes" would otherwise send the request the employee wanted to
    /// talk about). Yes files the call-back as the click does; no shows the step again. Null when it is not that.
    /// </summary>
    private async Task<TurnResult?> CallBackAnsweredAsync(Session session, IDialog dialog, List<Reply> notices, CancellationToken cancellationToken)
    {
        var text = session.Context.Turn.Text;
        if (session.Active is not { Offered: [OfferedCallBack] } form || TextFolding.Words(text).Count > 4
            || new ChoiceMatcher(ChoiceOption.YesNo("yes", "no")).Match(text) is not { IsMatched: true } answer)
        {
            return null;
        }

        if (answer.Value == "yes")
        {
            return await EscalateAsync(session, notices, cancellationToken).ConfigureAwait(false);
        }

        var again = await dialog.RepromptAsync(session.Context, form, null, cancellationToken).ConfigureAwait(false);
        return await FinishAsync(session, again, notices, cancellationToken).ConfigureAwait(false);
    }
}
