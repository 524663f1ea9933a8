namespace ServiceDesk.Bench.Understanding.Sets;

/// <summary>One message with its intent and the slots it states (null: not stated).</summary>
internal sealed record SingleMessage(string Language, string Intent, string? Category, string? Service, string? Impact, string? Urgency, string? Ticket, string Text)
{
    public static IReadOnlyList<SingleMessage> Read(RepositoryFiles repository, Split split) =>
        [.. SetFile.Rows(SetFile.PathOf(repository, "single-messages", split), 8)
            .Select(c => new SingleMessage(c[0], c[1], SetFile.Label(c[2]), SetFile.Label(c[3]), SetFile.Label(c[4]), SetFile.Label(c[5]), SetFile.Label(c[6]), c[7]))];
}

/// <summary>A question about one of the seeded tickets (an alias), or "notmine".</summary>
internal sealed record FollowUp(string Language, string Ticket, string Text)
{
    public const string NotMine = "notmine";

    public static IReadOnlyList<FollowUp> Read(RepositoryFiles repository, Split split) =>
        [.. SetFile.Rows(SetFile.PathOf(repository, "ticket-followups", split), 3).Select(c => new FollowUp(c[0], c[1], c[2]))];
}

/// <summary>An access request and the catalogue item it means, or "none" / "ambiguous".</summary>
internal sealed record AccessMessage(string Language, string Item, string Text)
{
    public const string None = "none";
    public const string Ambiguous = "ambiguous";

    public static IReadOnlyList<AccessMessage> Read(RepositoryFiles repository, Split split) =>
        [.. SetFile.Rows(SetFile.PathOf(repository, "access-requests", split), 3).Select(c => new AccessMessage(c[0], c[1], c[2]))];
}

/// <summary>A question to the knowledge base, the article that answers it (file name) or "none", and the Teams client's locale.</summary>
internal sealed record KnowledgeQuestion(string ClientLocale, string Language, string Article, string Text)
{
    public const string None = "none";

    public bool CrossLanguage => !ClientLocale.StartsWith(Language, StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<KnowledgeQuestion> Read(RepositoryFiles repository, Split split) =>
        [.. SetFile.Rows(SetFile.PathOf(repository, "knowledge-questions", split), 4).Select(c => new KnowledgeQuestion(c[0], c[1], c[2], c[3]))];
}
