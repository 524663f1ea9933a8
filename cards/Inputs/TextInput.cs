namespace ServiceDesk.Cards;

/// <summary>Input.Text: a single or multi-line text field.</summary>
public sealed record TextInput : CardInput
{
    public string? Placeholder { get; init; }
    public bool? IsMultiline { get; init; }
    public int? MaxLength { get; init; }
    public string? Value { get; init; }
    public string? Regex { get; init; }
}

/// <summary>Input.Date: a date (yyyy-MM-dd).</summary>
public sealed record DateInput : CardInput
{
    public string? Value { get; init; }
    public string? Min { get; init; }
    public string? Max { get; init; }
}

/// <summary>Input.Toggle: a checkbox whose value is <see cref="ValueOn"/> or <see cref="ValueOff"/> as text.</summary>
public sealed record ToggleInput(string Title) : CardInput
{
    public string? Value { get; init; }
    public string? ValueOn { get; init; }
    public string? ValueOff { get; init; }
    public bool? Wrap { get; init; }
}
