using System.Text.Json;

namespace ServiceDesk.Dialogs.Conversation;

/// <summary>
/// The dialog in progress for one person in one conversation, as stored: which dialog, which instance (a card from
/// another dialog instance is stale), the version its cards carry, failed tries on the current step, a short
/// transcript (for an escalation) and the flow's own typed state as JSON. It also carries what the conversation
/// remembers besides the dialog: a request put aside by a topic switch (<see cref="Parked"/>) and the misunderstandings
/// in a row outside a form (<see cref="Misses"/>); with no dialog in progress these are stored under <see cref="NoDialog"/>.
/// </summary>
internal sealed record ActiveDialog
{
    /// <summary>The name stored when nothing is in progress but something is remembered (a parked request, misses).</summary>
    public const string NoDialog = "none";

    private static readonly JsonElement NoState = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>A record for what is remembered with no dialog in progress.</summary>
    public static ActiveDialog Nothing => new() { Name = NoDialog, Id = NoDialog, State = NoState };

    public required string Name { get; init; }

    public required string Id { get; init; }

    public int Version { get; init; }

    public int Failures { get; init; }

    public IReadOnlyList<string> Transcript { get; init; } = [];

    public JsonElement State { get; init; }

    /// <summary>A request put aside when the person asked something else, to resume at the step it was at.</summary>
    public ActiveDialog? Parked { get; init; }

    /// <summary>Messages in a row the bot could not understand outside a form (after three, it offers a person).</summary>
    public int Misses { get; init; }

    /// <summary>
    /// What the bot just offered outside a form, so that a typed answer ("yes", "the second one") is understood: the
    /// kind first ("human", "pick"), then its values (for a pick: ticket number, title, number, title...).
    /// </summary>
    public IReadOnlyList<string> Offered { get; init; } = [];

    /// <summary>Where the card of the current step was posted as a message (null: not known, or it replaced a clicked card).</summary>
    public PostedStepCard? StepCard { get; init; }

    /// <summary>Not serialized with the state: comes from the store.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateTimeOffset UpdatedAt { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public string? ETag { get; init; }

    /// <summary>Keeps the last lines people said, each cut short: enough for an agent to read, bounded in storage.</summary>
    public ActiveDialog WithLine(string line)
    {
        const int MaxLines = 30;
        const int MaxLineLength = 500;
        var cut = line.Length > MaxLineLength ? line[..MaxLineLength] + "…" : line;
        return this with { Transcript = [.. Transcript.TakeLast(MaxLines - 1), cut] };
    }
}

/// <summary>The activity a step card was posted as, and the version of the step it showed.</summary>
internal sealed record PostedStepCard(string ActivityId, int Version);

/// <summary>
/// What a dialog turn produced: replies, the invoke answer, and the dialog as it continues (null: it ended).
/// <paramref name="Conflict"/>: another turn saved first; nothing of this turn is kept. <paramref name="Refused"/>: the
/// step did not accept the answer (it asks again), so the router may read the message as something else instead.
/// </summary>
internal sealed record DialogOutcome(IReadOnlyList<Turns.Reply> Replies, Turns.InvokeAnswer? Invoke, ActiveDialog? Next, bool Conflict = false, bool Refused = false)
{
    public static readonly DialogOutcome Conflicted = new([], null, null, Conflict: true);
}
