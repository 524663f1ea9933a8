using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Assist;

namespace ServiceDesk.Infra.LanguageModel;

/// <summary><see cref="IAgentAssist"/> over the configured model; null when none is configured or the call gave nothing usable.</summary>
internal sealed class AgentAssistService(ModelGateway gateway, IOptions<LanguageModelOptions> options) : IAgentAssist
{
    public const string SummaryPurpose = "summary";
    public const string DraftPurpose = "draft-reply";

    public bool Available => gateway.Enabled;

    public Task<string?> SummariseAsync(TicketBrief ticket, CancellationToken cancellationToken) =>
        AskAsync(SummaryPurpose, AgentAssistPrompt.SummaryInstructions, ticket, cancellationToken);

    public Task<string?> DraftReplyAsync(TicketBrief ticket, CancellationToken cancellationToken) =>
        AskAsync(DraftPurpose, AgentAssistPrompt.DraftInstructions, ticket, cancellationToken);

    private async Task<string?> AskAsync(string purpose, string instructions, TicketBrief ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (!gateway.Enabled)
        {
            return null;
        }

        var messages = AgentAssistPrompt.Build(instructions, ticket, options.Value.RedactContactDetails);
        return AgentAssistPrompt.Check(await gateway.AskAsync<AssistReply>(purpose, messages, cancellationToken).ConfigureAwait(false));
    }
}
