namespace ServiceDesk.Dialogs.Assist;

/// <summary>
/// No language model: every question gets the answer given without one. What the service desk composes when the host
/// adds no model at all (harnesses, benchmarks); the infrastructure's language model replaces it, and answers the same
/// when none is configured.
/// </summary>
internal sealed class NoLanguageModel : IGroundedAnswers, IIntentReader, IAgentAssist, IMeaningSimilarity
{
    public static NoLanguageModel Instance { get; } = new();

    public Task<GroundedAnswer?> AnswerAsync(GroundedQuestion question, CancellationToken cancellationToken) =>
        Task.FromResult<GroundedAnswer?>(null);

    public bool Available => false;

    public Task<string?> SummariseAsync(TicketBrief ticket, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task<string?> DraftReplyAsync(TicketBrief ticket, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task<IReadOnlyList<double>?> CompareAsync(string text, IReadOnlyList<string> candidates, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<double>?>(null);

    public Task<IntentReading?> ReadAsync(IntentQuestion question, CancellationToken cancellationToken) =>
        Task.FromResult<IntentReading?>(null);
}
