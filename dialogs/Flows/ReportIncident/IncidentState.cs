using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.ReportIncident;

/// <summary>The steps of Flow 1, in order; the flow skips a step whose answer is already known (pre-filled).</summary>
internal enum IncidentStep { Category, Title, Description, Impact, Urgency, Review }

/// <summary>A knowledge article suggested before creating the ticket ("this may solve it").</summary>
internal sealed record SuggestedArticle(string ArticleId, string Title, string Passage);

/// <summary>Flow 1's state: the step it is on and every answer so far.</summary>
internal sealed record IncidentState(IncidentStep Step)
{
    public string? Category { get; init; }
    public string? Service { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public Impact? Impact { get; init; }
    public Urgency? Urgency { get; init; }
    public IReadOnlyList<SuggestedArticle> Suggestions { get; init; } = [];
    public ActiveOutage? Outage { get; init; }

    /// <summary>The current option step refused an answer once: the next try takes its closest option rather than refuse again.</summary>
    public bool Refused { get; init; }

    /// <summary>How many answers in a row the current step refused: from one, its options come as buttons too.</summary>
    public int Refusals { get; init; }

    /// <summary>The first step still unanswered (Review once all are known).</summary>
    public IncidentState Next() => this with
    {
        Refused = false,
        Refusals = 0,
        Step = Category is null ? IncidentStep.Category
            : Title is null ? IncidentStep.Title
            : Description is null ? IncidentStep.Description
            : Impact is null ? IncidentStep.Impact
            : Urgency is null ? IncidentStep.Urgency
            : IncidentStep.Review,
    };
}
