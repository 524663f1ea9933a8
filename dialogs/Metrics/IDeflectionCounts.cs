namespace ServiceDesk.Dialogs.Metrics;

/// <summary>Knowledge answers marked helpful and not helpful over a period.</summary>
public sealed record DeflectionCounts(int Helpful, int NotHelpful)
{
    public static readonly DeflectionCounts None = new(0, 0);
}

/// <summary>Port: counts the recorded knowledge-base answers (see <c>IDeflectionLog</c>) in [from, to).</summary>
public interface IDeflectionCounts
{
    Task<DeflectionCounts> CountAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
