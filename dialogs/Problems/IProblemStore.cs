using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Problems;

public enum ProblemSaveStatus
{
    Saved,

    /// <summary>Someone changed it since it was read: <see cref="ProblemSave.Problem"/> is the current version.</summary>
    Stale,
    NotFound,
}

public sealed record ProblemSave(ProblemSaveStatus Status, Problem? Problem);

/// <summary>
/// Port: problem records. Ids are readable (<c>PRB-000012</c>) and unique across instances; an update is conditional on
/// the version that was read. The dashboard and the weekly digest read <see cref="ListOpenAsync"/> (open problems and
/// each one's linked incidents).
/// </summary>
public interface IProblemStore
{
    Task<Problem> CreateAsync(string title, string? service, TicketPerson by, DateTimeOffset at, CancellationToken cancellationToken);

    Task<Problem?> GetAsync(string id, CancellationToken cancellationToken);

    Task<ProblemSave> UpdateAsync(Problem changed, int expectedVersion, CancellationToken cancellationToken);

    /// <summary>Problems not yet resolved (investigating or known error), oldest first.</summary>
    Task<IReadOnlyList<Problem>> ListOpenAsync(CancellationToken cancellationToken);
}
