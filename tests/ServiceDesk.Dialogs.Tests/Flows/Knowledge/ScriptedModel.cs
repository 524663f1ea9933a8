using ServiceDesk.Dialogs.Assist;

namespace ServiceDesk.Dialogs.Tests.Flows.Knowledge;

/// <summary>A language model port that gives one scripted answer to every question, and records the questions.</summary>
internal sealed class ScriptedModel(GroundedAnswer? answer) : IGroundedAnswers
{
    public List<GroundedQuestion> Questions { get; } = [];

    public Task<GroundedAnswer?> AnswerAsync(GroundedQuestion question, CancellationToken cancellationToken)
    {
        Questions.Add(question);
        return Task.FromResult(answer);
    }
}
