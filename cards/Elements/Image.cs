namespace ServiceDesk.Cards;

/// <summary>An image by URL (https or data URI).</summary>
public sealed record Image(string Url) : CardElement
{
    public ImageSize? Size { get; init; }
    public string? AltText { get; init; }
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}

/// <summary>Buttons placed inside the body (the root <c>actions</c> are always last).</summary>
public sealed record ActionSet(IReadOnlyList<AdaptiveAction> Actions) : CardElement;
