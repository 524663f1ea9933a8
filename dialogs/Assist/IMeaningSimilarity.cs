namespace ServiceDesk.Dialogs.Assist;

/// <summary>
/// Port: how close in meaning texts are, by an embedding model, whatever their words. With none configured the
/// implementation answers null at once, and the callers rank by words alone.
/// </summary>
public interface IMeaningSimilarity
{
    /// <summary>Whether an embedding model is configured at all.</summary>
    bool Available { get; }

    /// <summary>
    /// For each candidate, in order, how close it is to <paramref name="text"/>: 0 (unrelated) to 1 (the same meaning);
    /// null when no model may answer now (none, budget spent, failing, too slow).
    /// </summary>
    Task<IReadOnlyList<double>?> CompareAsync(string text, IReadOnlyList<string> candidates, CancellationToken cancellationToken);
}
