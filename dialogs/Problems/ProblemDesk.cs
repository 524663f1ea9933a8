using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Problems;

public enum ProblemLinkOutcome
{
    Linked,
    AlreadyLinked,
    ProblemNotFound,
    ProblemResolved,
    TicketNotFound,
    NotAnIncident,
}

/// <summary>The outcome of a change to a problem: the problem as stored now, and whether this change made it.</summary>
public sealed record ProblemChange(Problem? Problem, bool Changed);

/// <summary>
/// What agents do to problems, from a command or a card: open one, link incidents (each ticket's history names the
/// problem and its queue card is refreshed), set the root cause, the workaround or the status. Every change is stored
/// conditionally on the version read and retried from a fresh read, so two agents never overwrite each other and a
/// repeated click changes nothing twice. Resolving a problem resolves its linked incidents still open, each requester
/// told in their language, as a major incident does (<see cref="LinkedIncidentResolver"/>).
/// </summary>
internal sealed class ProblemDesk(
    IProblemStore store, ITicketStore tickets, ITicketNotifier notifier, LinkedIncidentResolver resolver, TimeProvider clock)
{
    public const string LinkField = "Problem";
    private const int MaxAttempts = 5;

    public IProblemStore Store => store;

    public async Task<Problem> OpenAsync(string title, string? service, TicketPerson by, CancellationToken cancellationToken)
    {
        var cut = title.Trim();
        return await store.CreateAsync(cut.Length > Problem.MaxText ? cut[..Problem.MaxText] : cut, service, by, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    public async Task<(ProblemLinkOutcome Outcome, Problem? Problem)> LinkAsync(string problemId, TicketNumber number, TicketPerson by, CancellationToken cancellationToken)
    {
        var ticket = await tickets.GetAsync(number, cancellationToken).ConfigureAwait(false);
        if (ticket is null)
        {
            return (ProblemLinkOutcome.TicketNotFound, null);
        }

        if (ticket.Kind != TicketKind.Incident)
        {
            return (ProblemLinkOutcome.NotAnIncident, null);
        }

        var outcome = ProblemLinkOutcome.Linked;
        var change = await ChangeAsync(problemId, p =>
        {
            outcome = !p.IsOpen ? ProblemLinkOutcome.ProblemResolved
                : p.Incidents.Contains(number) ? ProblemLinkOutcome.AlreadyLinked : ProblemLinkOutcome.Linked;
            return outcome == ProblemLinkOutcome.Linked
                ? p.Next(new ProblemEvent(clock.GetUtcNow(), by, ProblemEventKind.Linked, number.ToString())) with { Incidents = [.. p.Incidents, number] }
                : null;
        }, cancellationToken).ConfigureAwait(false);
        if (change.Problem is null)
        {
            return (ProblemLinkOutcome.ProblemNotFound, null);
        }

        if (change.Changed)
        {
            // The ticket's history (and so its queue card) names the problem; a comment-like event never conflicts.
            var linked = new TicketEvent(clock.GetUtcNow(), by, TicketEventKind.Updated, [new FieldChange(LinkField, null, problemId)]);
            var outbox = await notifier.ForAsync(ticket, linked, cancellationToken).ConfigureAwait(false);
            await tickets.AppendEventAsync(number, linked, outbox, cancellationToken).ConfigureAwait(false);
        }

        return (outcome, change.Problem);
    }

    public Task<ProblemChange> SetRootCauseAsync(string problemId, string text, TicketPerson by, CancellationToken cancellationToken) =>
        ChangeAsync(problemId, p => p.IsOpen && p.RootCause != text
            ? p.Next(new ProblemEvent(clock.GetUtcNow(), by, ProblemEventKind.RootCause, text)) with { RootCause = text }
            : null, cancellationToken);

    /// <summary>A workaround makes the problem a known error (ITIL: a problem with a documented workaround).</summary>
    public Task<ProblemChange> SetWorkaroundAsync(string problemId, string text, TicketPerson by, CancellationToken cancellationToken) =>
        ChangeAsync(problemId, p =>
        {
            if (!p.IsOpen || p.Workaround == text)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            var next = p.Next(new ProblemEvent(now, by, ProblemEventKind.Workaround, text)) with { Workaround = text };
            return p.Status == ProblemStatus.Investigating
                ? next.Next(new ProblemEvent(now, by, ProblemEventKind.StatusChanged, nameof(ProblemStatus.KnownError))) with
                {
                    Version = next.Version, Status = ProblemStatus.KnownError,
                }
                : next;
        }, cancellationToken);

    /// <summary>Investigating or known error; resolving goes through <see cref="ResolveAsync"/>.</summary>
    public Task<ProblemChange> SetStatusAsync(string problemId, ProblemStatus status, TicketPerson by, CancellationToken cancellationToken) =>
        ChangeAsync(problemId, p => p.IsOpen && p.Status != status && status != ProblemStatus.Resolved
            ? p.Next(new ProblemEvent(clock.GetUtcNow(), by, ProblemEventKind.StatusChanged, status.ToString())) with { Status = status }
            : null, cancellationToken);

    /// <summary>
    /// Resolves the problem, then each linked incident still open, with a note naming the problem and its root cause
    /// in the requester's language. Returns the change and how many incidents were resolved now.
    /// </summary>
    public async Task<(ProblemChange Change, int Resolved)> ResolveAsync(string problemId, TicketPerson by, CancellationToken cancellationToken)
    {
        var change = await ChangeAsync(problemId, p => p.IsOpen
            ? p.Next(new ProblemEvent(clock.GetUtcNow(), by, ProblemEventKind.StatusChanged, nameof(ProblemStatus.Resolved))) with
            {
                Status = ProblemStatus.Resolved, ResolvedAt = clock.GetUtcNow(),
            }
            : null, cancellationToken).ConfigureAwait(false);
        if (change.Problem is not { Status: ProblemStatus.Resolved } problem)
        {
            return (change, 0);
        }

        // Also on a repeated click: an incident the first pass missed (a crash between the two) is resolved now.
        var resolved = 0;
        foreach (var number in problem.Incidents)
        {
            var outcome = await resolver.ResolveAsync(number, texts => Note(problem, texts), by, cancellationToken).ConfigureAwait(false);
            resolved += outcome.Requester is null ? 0 : 1;
        }

        return (change, resolved);
    }

    /// <summary>Records the published article on the problem (once).</summary>
    public Task<ProblemChange> RecordArticleAsync(string problemId, string articleId, TicketPerson by, CancellationToken cancellationToken) =>
        ChangeAsync(problemId, p => p.ArticleId == articleId
            ? null
            : p.Next(new ProblemEvent(clock.GetUtcNow(), by, ProblemEventKind.ArticlePublished, articleId)) with { ArticleId = articleId }, cancellationToken);

    private static string Note(Problem problem, Texts texts) =>
        problem.RootCause is { Length: > 0 } cause
            ? texts.Get(TextKeys.ProblemsResolutionNoteCause, problem.Id, problem.Title, cause)
            : texts.Get(TextKeys.ProblemsResolutionNote, problem.Id, problem.Title);

    /// <summary>
    /// Applies <paramref name="change"/> (null: nothing to change) to the stored problem under its version, from a fresh
    /// read after a conflict. Null problem: not found.
    /// </summary>
    private async Task<ProblemChange> ChangeAsync(string problemId, Func<Problem, Problem?> change, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(problemId, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; current is not null && attempt <= MaxAttempts; attempt++)
        {
            if (change(current) is not { } changed)
            {
                return new(current, false);
            }

            var saved = await store.UpdateAsync(changed, current.Version, cancellationToken).ConfigureAwait(false);
            if (saved.Status == ProblemSaveStatus.Saved)
            {
                return new(saved.Problem, true);
            }

            current = saved.Problem;
        }

        return new(current, false);
    }
}
