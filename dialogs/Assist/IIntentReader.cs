namespace ServiceDesk.Dialogs.Assist;

/// <summary>
/// Port: a language model's reading of a message the rules were unsure of. It only chooses among closed lists (the
/// intents, the incident catalogue's categories and services, the impact and urgency levels); the dialogs drop anything
/// else. With no model configured the implementation answers null at once.
/// </summary>
public interface IIntentReader
{
    /// <summary>The model's reading, or null when no model may answer now (none, budget spent, failing, too slow, malformed).</summary>
    Task<IntentReading?> ReadAsync(IntentQuestion question, CancellationToken cancellationToken);
}

/// <summary>The values the model may choose from; nothing outside them is ever used.</summary>
public sealed record IntentChoices(
    IReadOnlyList<string> Intents,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Impacts,
    IReadOnlyList<string> Urgencies)
{
    /// <summary>The access catalogue's resources (their ids), for an access request.</summary>
    public IReadOnlyList<string> Resources { get; init; } = [];
}

/// <summary>The employee's message, its language ("en" or "fr"), and the closed lists.</summary>
public sealed record IntentQuestion(string Text, string Language, IntentChoices Choices)
{
    /// <summary>Today's date, so that "until Friday" can be read as a date.</summary>
    public DateOnly? Today { get; init; }
}

/// <summary>What the model read; each value is only a proposal until checked against <see cref="IntentChoices"/>.</summary>
public sealed record IntentReading(string? Intent, string? Category, string? Service, string? Impact, string? Urgency)
{
    /// <summary>For an access request: the resource's id, from <see cref="IntentChoices.Resources"/>.</summary>
    public string? Resource { get; init; }

    /// <summary>For an access request: when the access should end, as <c>yyyy-MM-dd</c>, only when the message says so.</summary>
    public string? EndDate { get; init; }
}
