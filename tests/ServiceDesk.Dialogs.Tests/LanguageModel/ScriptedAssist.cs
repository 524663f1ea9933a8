using ServiceDesk.Dialogs.Assist;

namespace ServiceDesk.Dialogs.Tests.LanguageModel;

/// <summary>A model port for the agent's help: scripted texts, the briefs it was given recorded.</summary>
internal sealed class ScriptedAssist(string? summary, string? draft, bool available = true) : IAgentAssist
{
    public List<TicketBrief> Briefs { get; } = [];

    public bool Available => available;

    public Task<string?> SummariseAsync(TicketBrief ticket, CancellationToken cancellationToken)
    {
        Briefs.Add(ticket);
        return Task.FromResult(summary);
    }

    public Task<string?> DraftReplyAsync(TicketBrief ticket, CancellationToken cancellationToken)
    {
        Briefs.Add(ticket);
        return Task.FromResult(draft);
    }
}
