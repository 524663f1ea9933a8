using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Problems;

/// <summary>Where a problem stands: its cause is looked for, known with a workaround, or fixed for good.</summary>
public enum ProblemStatus
{
    Investigating,
    KnownError,
    Resolved,
}

public enum ProblemEventKind
{
    Opened,
    Linked,
    RootCause,
    Workaround,
    StatusChanged,
    ArticlePublished,
}

/// <summary>One entry of a problem's history: who, when, what, and the text set (a cause, a workaround, a status, an incident).</summary>
public sealed record ProblemEvent(DateTimeOffset At, TicketPerson Actor, ProblemEventKind Kind, string? Detail = null);

/// <summary>
/// A problem record (<c>PRB-000012</c>): the cause behind incidents that share it. No service level applies: a problem
/// is worked until its cause is removed. <see cref="Version"/> increments on every change; an update is accepted only
/// from the version it was read at (two agents setting the cause at once: one wins, the other is told).
/// </summary>
public sealed record Problem(string Id, string Title, ProblemStatus Status, TicketPerson OpenedBy, DateTimeOffset OpenedAt)
{
    public const string Prefix = "PRB-";

    /// <summary>The longest title, root cause or workaround: enough for a real explanation, far below a card's size limit.</summary>
    public const int MaxText = 4_000;

    public int Version { get; init; } = 1;

    /// <summary>The catalogue service the incidents share, when they share one.</summary>
    public string? Service { get; init; }

    public string? RootCause { get; init; }

    public string? Workaround { get; init; }

    /// <summary>The linked incidents, in the order they were linked; each once.</summary>
    public IReadOnlyList<TicketNumber> Incidents { get; init; } = [];

    public IReadOnlyList<ProblemEvent> History { get; init; } = [];

    public DateTimeOffset UpdatedAt { get; init; } = OpenedAt;

    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>The knowledge article made from the workaround, once published.</summary>
    public string? ArticleId { get; init; }

    public bool IsOpen => Status != ProblemStatus.Resolved;

    /// <summary>The next version with <paramref name="happened"/> appended to the history.</summary>
    public Problem Next(ProblemEvent happened) =>
        this with { Version = Version + 1, UpdatedAt = happened.At, History = [.. History, happened] };

    public static Problem Open(string id, string title, string? service, TicketPerson by, DateTimeOffset at) =>
        new(id, title, ProblemStatus.Investigating, by, at)
        {
            Service = service,
            History = [new ProblemEvent(at, by, ProblemEventKind.Opened, title)],
        };

    /// <summary>A problem id as typed (<c>prb-12</c>, <c>PRB-000012</c>) in its stored form, or null.</summary>
    public static string? ParseId(string? text)
    {
        var t = text?.Trim();
        if (t is null || !t.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || t.Length > Prefix.Length + 9
            || !long.TryParse(t.AsSpan(Prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            return null;
        }

        return IdOf(n);
    }

    public static string IdOf(long number) => Prefix + number.ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
}
