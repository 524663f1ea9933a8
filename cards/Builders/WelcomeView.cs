namespace ServiceDesk.Cards;

/// <summary>
/// What the welcome card shows, already in the reader's language. User-provided parts (the first name in
/// <see cref="Greeting"/>) must already be passed through <see cref="CardText.Literal"/>.
/// </summary>
public sealed record WelcomeView(
    string Greeting,
    string Intro,
    IReadOnlyList<WelcomeOption> Options,
    string Hint,
    string? Note = null)
{
    /// <summary>
    /// The title of the overflow button: with more options than <see cref="WelcomeCard.Shown"/> buttons, the last ones
    /// go behind it (a card with seven buttons in a row clips their labels).
    /// </summary>
    public string? More { get; init; }
}

/// <summary>One thing the service desk does: a title, one line about it, and the verb its button sends.</summary>
public sealed record WelcomeOption(string Title, string Description, string Verb);
