namespace ServiceDesk.Bench.Understanding.Desk;

/// <summary>Turns that threw: the host's one catch would have apologised and dropped the conversation. Counted, with the first few kinds.</summary>
internal sealed class FailedTurns
{
    private readonly List<string> _kinds = [];

    public int Count { get; private set; }

    public IReadOnlyList<string> Kinds => _kinds;

    /// <summary>Forgets the kinds seen so far (the count goes on), so that each split lists its own.</summary>
    public void ForgetKinds() => _kinds.Clear();

    public void Add(Exception exception)
    {
        Count++;
        var kind = $"{exception.GetType().Name} at {exception.TargetSite?.DeclaringType?.Name}.{exception.TargetSite?.Name}";
        if (!_kinds.Contains(kind))
        {
            _kinds.Add(kind);
        }
    }
}
