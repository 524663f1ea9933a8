using ServiceDesk.Dialogs.Assist;

namespace ServiceDesk.Infra.LanguageModel;

/// <summary>
/// <see cref="IGroundedAnswers"/> over the configured model: the passages and the question in, a checked answer out;
/// null when no model is configured or the call gave nothing usable.
/// </summary>
internal sealed class GroundedAnswerService(ModelGateway gateway, Microsoft.Extensions.Options.IOptions<LanguageModelOptions> options) : IGroundedAnswers
{
    public const string Purpose = "grounded-answer";

    public async Task<GroundedAnswer?> AnswerAsync(GroundedQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (!gateway.Enabled || question.Passages.Count == 0 || string.IsNullOrWhiteSpace(question.Question))
        {
            return null;
        }

        var messages = GroundedPrompt.Build(question, options.Value.RedactContactDetails);
        var reply = await gateway.AskAsync<GroundedReply>(Purpose, messages, cancellationToken).ConfigureAwait(false);
        return reply is null ? null : GroundedPrompt.Check(reply, question);
    }
}
