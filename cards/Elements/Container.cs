namespace ServiceDesk.Cards;

/// <summary>A group of elements with an optional emphasis style and a tap action.</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }
    public bool? Bleed { get; init; }
    public AdaptiveAction? SelectAction { get; init; }
}

/// <summary>Side-by-side columns.</summary>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    public ContainerStyle? Style { get; init; }
    public AdaptiveAction? SelectAction { get; init; }
}

/// <summary>One column. <see cref="Width"/> is "auto", "stretch", a weight ("2") or pixels ("50px").</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    public string Type { get; init; } = "Column";
    public string? Width { get; init; }
    public ContainerStyle? Style { get; init; }
    public AdaptiveAction? SelectAction { get; init; }
}
