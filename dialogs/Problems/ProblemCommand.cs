using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Problems;

/// <summary>
/// <c>problem</c> in the agents' channel: <c>problem open &lt;title&gt;</c>, <c>problem PRB-000012</c> (its card),
/// <c>problem list</c>, <c>problem cause|workaround PRB-… &lt;text&gt;</c>, <c>problem status PRB-… investigating|known
/// error|resolved</c>; the French words work too. The agents' channel handler has checked that the person is an agent.
/// </summary>
internal sealed class ProblemCommand(ProblemDesk desk) : IAgentCommand
{
    private const int ListShown = 20;

    public string Name => "problem";

    public string HelpKey => TextKeys.ProblemsHelp;

    public async Task<TurnResult> RunAsync(Turn turn, string arguments, Texts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(texts);
        var by = new TicketPerson(turn.From.Id, turn.From.AadObjectId, turn.From.Name);
        var (word, rest) = Split(arguments);
        if (Problem.ParseId(word) is { } shown)
        {
            return await ShowAsync(shown, null, texts, cancellationToken).ConfigureAwait(false);
        }

        switch (word.ToLowerInvariant())
        {
            case "open" or "ouvrir" or "new" or "nouveau" when rest.Length > 0:
                var opened = await desk.OpenAsync(rest, null, by, cancellationToken).ConfigureAwait(false);
                return Show(opened, texts.Get(TextKeys.ProblemsOpened, opened.Id), texts);
            case "list" or "liste" or "":
                return await ListAsync(texts, cancellationToken).ConfigureAwait(false);
            case "show" or "voir":
                return Problem.ParseId(rest) is { } id ? await ShowAsync(id, null, texts, cancellationToken).ConfigureAwait(false) : Usage(texts);
        }

        var (target, text) = Split(rest);
        if (Problem.ParseId(target) is not { } problemId || text.Length == 0)
        {
            return Usage(texts);
        }

        if (text.Length > Problem.MaxText)
        {
            return Say(texts.Get(TextKeys.EngineFieldTooLong, Problem.MaxText, text.Length.ToString("N0", texts.Culture)));
        }

        ProblemChange change;
        switch (word.ToLowerInvariant())
        {
            case "cause" or "rootcause" or "root-cause":
                change = await desk.SetRootCauseAsync(problemId, text, by, cancellationToken).ConfigureAwait(false);
                break;
            case "workaround" or "contournement":
                change = await desk.SetWorkaroundAsync(problemId, text, by, cancellationToken).ConfigureAwait(false);
                break;
            case "status" or "statut" or "état":
                switch (StatusOf(text))
                {
                    case ProblemStatus.Resolved:
                        var (resolved, count) = await desk.ResolveAsync(problemId, by, cancellationToken).ConfigureAwait(false);
                        return resolved.Problem is null
                            ? Say(texts.Get(TextKeys.ProblemsNotFound, problemId))
                            : Show(resolved.Problem, texts.Get(TextKeys.ProblemsResolvedWith, problemId, texts.Count(CountKeys.ProblemsResolvedIncidents, count)), texts);
                    case { } status:
                        change = await desk.SetStatusAsync(problemId, status, by, cancellationToken).ConfigureAwait(false);
                        break;
                    default:
                        return Say(texts.Get(TextKeys.ProblemsBadStatus));
                }

                break;
            default:
                return Usage(texts);
        }

        return change.Problem is null
            ? Say(texts.Get(TextKeys.ProblemsNotFound, problemId))
            : Show(change.Problem, change.Changed ? texts.Get(TextKeys.ProblemsSaved, problemId) : texts.Get(TextKeys.ProblemsUnchanged, problemId), texts);
    }

    /// <summary>The status an agent typed, in either language; null when it names none.</summary>
    internal static ProblemStatus? StatusOf(string text) =>
        Catalogue.CatalogueText.Fold(text) switch
        {
            "investigating" or "investigation" or "enquete" or "en cours" or "analyse" => ProblemStatus.Investigating,
            "known error" or "knownerror" or "known" or "erreur connue" => ProblemStatus.KnownError,
            "resolved" or "resolu" or "closed" or "ferme" => ProblemStatus.Resolved,
            _ => null,
        };

    private async Task<TurnResult> ShowAsync(string id, string? notice, Texts texts, CancellationToken cancellationToken) =>
        await desk.Store.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } problem
            ? Show(problem, notice, texts)
            : Say(texts.Get(TextKeys.ProblemsNotFound, id));

    private async Task<TurnResult> ListAsync(Texts texts, CancellationToken cancellationToken)
    {
        var open = await desk.Store.ListOpenAsync(cancellationToken).ConfigureAwait(false);
        if (open.Count == 0)
        {
            return Say(texts.Get(TextKeys.ProblemsNoneOpen));
        }

        var lines = open.Take(ListShown).Select(p =>
            "- " + texts.Get(TextKeys.ProblemsListLine, p.Id, Cards.CardText.Literal(p.Title), ProblemCard.Status(texts, p.Status), p.Incidents.Count));
        return Say(string.Join(AgentChannel.HelpLineBreak, [texts.Count(CountKeys.ProblemsOpenCount, open.Count), .. lines]));
    }

    private static TurnResult Show(Problem problem, string? notice, Texts texts) => new([Reply.Of(ProblemCard.Build(problem, texts, notice))]);

    private static TurnResult Usage(Texts texts) => Say(texts.Get(TextKeys.ProblemsUsage));

    private static TurnResult Say(string text) => new([Reply.Of(text)]);

    private static (string Word, string Remainder) Split(string? text) =>
        (text ?? string.Empty).Trim().Split(' ', 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) switch
        {
            [var w, var r] => (w, r),
            [var w] => (w, string.Empty),
            _ => (string.Empty, string.Empty),
        };
}
