namespace ServiceDesk.Dialogs.Metrics;

/// <summary>
/// Knowledge answers marked helpful and not helpful over a period; of them, <see cref="HelpfulByModel"/> and
/// <see cref="NotHelpfulByModel"/> were the language model's answers grounded in an article (the rest: the article itself).
/// </summary>
public sealed record DeflectionCounts(int Helpful, int NotHelpful)
{
    public static readonly DeflectionCounts None = new(0, 0);

    public int HelpfulByModel { get; init; }

    public int NotHelpfulByModel { get; init; }
}

/// <summary>Port: counts the recorded knowledge-base answers (see <c>IDeflectionLog</c>) in [from, to).</summary>
public interface IDeflectionCounts
{
    Task<DeflectionCounts> CountAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
