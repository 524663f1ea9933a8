namespace ServiceDesk.Dialogs.Metrics.Now;

/// <summary>The service desk now, for the dashboard (<see cref="DeskNow"/>).</summary>
public interface IDeskNow
{
    Task<DeskNow> ReadAsync(CancellationToken cancellationToken);
}
