namespace ServiceDesk.Cards;

/// <summary>Text. Teams interprets a Markdown subset in it: pass user-provided text through <see cref="CardText.Literal"/>.</summary>
public sealed record TextBlock(string Text) : CardElement
{
    public TextSize? Size { get; init; }
    public TextWeight? Weight { get; init; }
    public TextColor? Color { get; init; }
    public bool? Wrap { get; init; }
    public bool? IsSubtle { get; init; }
    public int? MaxLines { get; init; }
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}

/// <summary>Runs of styled text; runs are never interpreted as Markdown.</summary>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement
{
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}

/// <summary>One run of a <see cref="RichTextBlock"/>.</summary>
public sealed record TextRun(string Text)
{
    public string Type { get; init; } = "TextRun";
    public TextSize? Size { get; init; }
    public TextWeight? Weight { get; init; }
    public TextColor? Color { get; init; }
    public bool? IsSubtle { get; init; }
    public bool? Italic { get; init; }
    public bool? Strikethrough { get; init; }
}
