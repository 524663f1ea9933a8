namespace ServiceDesk.Cards;

/// <summary>The root <c>msteams</c> object: full width and the mentions the card's text refers to as &lt;at&gt;Name&lt;/at&gt;.</summary>
public sealed record TeamsCardProperties
{
    public const string FullWidth = "Full";

    public string? Width { get; init; }
    public IReadOnlyList<CardMention>? Entities { get; init; }

    public static TeamsCardProperties Full { get; } = new() { Width = FullWidth };
}

/// <summary>A mention: the text must contain <see cref="Text"/> exactly.</summary>
public sealed record CardMention(string Text, MentionedPerson Mentioned)
{
    public string Type { get; init; } = "mention";

    public static CardMention Of(string userId, string name) => new($"<at>{name}</at>", new MentionedPerson(userId, name));
}

public sealed record MentionedPerson(string Id, string Name);
