namespace ServiceDesk.Cards;

/// <summary>Label/value pairs, e.g. number, priority, due time.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

public sealed record Fact(string Title, string Value);
