using ServiceDesk.Dialogs.Assist;

namespace ServiceDesk.Dialogs.Tests.LanguageModel;

/// <summary>A model port that gives one scripted reading to every message, and records the questions.</summary>
internal sealed class ScriptedReader(IntentReading? reading) : IIntentReader
{
    public List<IntentQuestion> Questions { get; } = [];

    public Task<IntentReading?> ReadAsync(IntentQuestion question, CancellationToken cancellationToken)
    {
        Questions.Add(question);
        return Task.FromResult(reading);
    }
}
