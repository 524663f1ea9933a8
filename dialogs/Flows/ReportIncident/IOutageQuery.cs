namespace ServiceDesk.Dialogs.Flows.ReportIncident;

/// <summary>An outage announced on a service, as the incident flow offers it ("add me to it").</summary>
public sealed record ActiveOutage(string Id, string Title, string? Service);

/// <summary>
/// Port: active outages on a category or service, asked before an incident is created so the employee can join the
/// outage instead of opening a duplicate. Announcements arrive with issue 6, which implements this over storage.
/// </summary>
public interface IOutageQuery
{
    Task<IReadOnlyList<ActiveOutage>> FindActiveAsync(string category, string? service, CancellationToken cancellationToken);
}

/// <summary>Until announcements exist (issue 6) there is never an active outage.</summary>
internal sealed class NoOutages : IOutageQuery
{
    public Task<IReadOnlyList<ActiveOutage>> FindActiveAsync(string category, string? service, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ActiveOutage>>([]);
}
