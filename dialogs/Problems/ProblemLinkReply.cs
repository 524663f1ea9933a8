using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Problems;

/// <summary>Links an incident to a problem for an agent (the <c>link</c> command, the ticket card's Link to problem) and says what happened.</summary>
internal sealed class ProblemLinkReply(ProblemDesk desk)
{
    public async Task<string> LinkAsync(Turn turn, string problemId, TicketNumber incident, Texts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(texts);
        var by = new TicketPerson(turn.From.Id, turn.From.AadObjectId, turn.From.Name);
        var (outcome, problem) = await desk.LinkAsync(problemId, incident, by, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            ProblemLinkOutcome.Linked => texts.Get(TextKeys.ProblemsLinked, incident, problemId, problem!.Incidents.Count),
            ProblemLinkOutcome.AlreadyLinked => texts.Get(TextKeys.ProblemsAlreadyLinked, incident, problemId),
            ProblemLinkOutcome.ProblemNotFound => texts.Get(TextKeys.ProblemsNotFound, problemId),
            ProblemLinkOutcome.ProblemResolved => texts.Get(TextKeys.ProblemsAlreadyResolved, problemId),
            ProblemLinkOutcome.TicketNotFound => texts.Get(TextKeys.TicketsNotFound, incident),
            _ => texts.Get(TextKeys.ProblemsNotAnIncident, incident),
        };
    }
}
