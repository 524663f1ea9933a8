namespace ServiceDesk.Cards;

/// <summary>
/// What every input shares. The label and error message are shown by Teams next to the field; the
/// server validates again (card data is untrusted) and re-renders the card with <see cref="ErrorMessage"/> set.
/// </summary>
public abstract record CardInput : CardElement
{
    public string? Label { get; init; }
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}
