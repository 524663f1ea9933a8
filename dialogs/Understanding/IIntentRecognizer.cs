namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// Port: understands an employee's free text. The rule-based recogniser works without any AI service;
/// a language-model recogniser can sit beside it later (a composite asks it when <see cref="Recognition.IsFallback"/>
/// or the confidence is low).
/// </summary>
public interface IIntentRecognizer
{
    /// <summary>Never throws for odd text (empty, emoji, right-to-left, very long): it returns <see cref="Recognition.Nothing"/> or a question.</summary>
    /// <param name="text">The message as typed.</param>
    /// <param name="locale">The activity's locale ("en-US", "fr-FR"); the rule-based recogniser understands both languages whatever it is.</param>
    /// <param name="cancellationToken">Cancels a recogniser that calls a remote service.</param>
    ValueTask<Recognition> RecognizeAsync(string? text, string? locale, CancellationToken cancellationToken);
}
