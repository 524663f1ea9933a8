namespace ServiceDesk.Cards;

/// <summary>
/// A card that shows facts and asks for a few inputs, already in the reader's language. User-provided text in
/// <see cref="Lines"/>, fact values and section lines must already be passed through <see cref="CardText.Literal"/>.
/// </summary>
public sealed record FormCardView(string Heading, string FallbackText)
{
    /// <summary>Small line above the heading ("Step 2 of 5").</summary>
    public string? Eyebrow { get; init; }

    /// <summary>A notice in an emphasis box at the top (e.g. "This card is out of date").</summary>
    public string? Notice { get; init; }

    public IReadOnlyList<string> Lines { get; init; } = [];

    public IReadOnlyList<Fact> Facts { get; init; } = [];

    /// <summary>The inputs, in order (usually one: the question of a step).</summary>
    public IReadOnlyList<FormField> Fields { get; init; } = [];

    public IReadOnlyList<FormSection> Sections { get; init; } = [];

    public IReadOnlyList<AdaptiveAction> Actions { get; init; } = [];
}

/// <summary>
/// The one input of a form: a choice list when <see cref="Choices"/> is set, else a text box. <see cref="Error"/>
/// (the server's validation) is shown in red under the field and as the input's error message.
/// </summary>
public sealed record FormField(string Id, string Label)
{
    public string? Error { get; init; }
    public IReadOnlyList<Choice>? Choices { get; init; }
    public string? Value { get; init; }
    public int? MaxLength { get; init; }
    public bool Multiline { get; init; }
    public string? Placeholder { get; init; }
    public bool Required { get; init; } = true;

    /// <summary>What the client shows when a required field is left empty (before the server sees anything).</summary>
    public string? RequiredMessage { get; init; }
}

/// <summary>A boxed group: a heading, lines, and its own buttons (a suggested article, one ticket of a list).</summary>
public sealed record FormSection(string Heading, IReadOnlyList<string> Lines, IReadOnlyList<AdaptiveAction> Actions);
