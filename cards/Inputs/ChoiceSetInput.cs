namespace ServiceDesk.Cards;

/// <summary>Input.ChoiceSet: a drop-down (compact) or radio/check list (expanded). Multi-select values are comma-separated.</summary>
public sealed record ChoiceSetInput(IReadOnlyList<Choice> Choices) : CardInput
{
    public ChoiceInputStyle? Style { get; init; }
    public bool? IsMultiSelect { get; init; }
    public string? Placeholder { get; init; }
    public string? Value { get; init; }
    public bool? Wrap { get; init; }
}

public sealed record Choice(string Title, string Value);
