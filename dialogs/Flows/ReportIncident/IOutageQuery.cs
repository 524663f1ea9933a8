namespace ServiceDesk.Dialogs.Flows.ReportIncident;

/// <summary>An outage announced on a service, as the incident flow offers it ("add me to it").</summary>
public sealed record ActiveOutage(string Id, string Title, string? Service, string? FrenchTitle = null)
{
    /// <summary>The title in <paramref name="language"/>: the French one when the author wrote it, else the English.</summary>
    public string TitleIn(string language) =>
        FrenchTitle is not null && language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? FrenchTitle : Title;
}

/// <summary>
/// Port: active outages on a category or service, asked before an incident is created so the employee can join the
/// outage instead of opening a duplicate, and joining one: the employee is counted as affected and told when it is
/// fixed (implemented over the announcements by <c>StoredOutages</c>).
/// </summary>
public interface IOutageQuery
{
    Task<IReadOnlyList<ActiveOutage>> FindActiveAsync(string category, string? service, CancellationToken cancellationToken);

    /// <summary>Adds <paramref name="employee"/> to the outage's affected people (once); false when it is no longer active.</summary>
    Task<bool> JoinAsync(string outageId, Tickets.TicketPerson employee, DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>Until announcements exist (issue 6) there is never an active outage.</summary>
internal sealed class NoOutages : IOutageQuery
{
    public Task<IReadOnlyList<ActiveOutage>> FindActiveAsync(string category, string? service, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ActiveOutage>>([]);

    public Task<bool> JoinAsync(string outageId, Tickets.TicketPerson employee, DateTimeOffset at, CancellationToken cancellationToken) =>
        Task.FromResult(false);
}
