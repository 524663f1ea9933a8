namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// How the rules' reading of a message and the learned classifier's are combined (ticket numbers and commands never get
/// here: they are the rules' alone). The classifier decides when it is confident and the rules are not sure; the rules
/// decide otherwise; a message the rules could not place at all is the classifier's when it is fairly sure, else the
/// knowledge base's (<see cref="Recognition.IsFallback"/>). The thresholds were chosen by cross-validation on the training
/// lines (<c>bash bench/understanding/run.sh --cv</c>).
/// </summary>
/// <param name="Override">The classifier's probability from which it overrides the rules' intent.</param>
/// <param name="RulesSure">The rules' confidence from which they are kept whatever the classifier says.</param>
/// <param name="FromFallback">The classifier's probability from which it places a message the rules could not.</param>
/// <param name="MinWords">
/// The fewest words the classifier decides on: a word or two ("ask", "help", "yo") are the rules' (commands, greetings),
/// which know them by heart.
/// </param>
internal sealed record IntentBlend(double Override, double RulesSure, double FromFallback, int MinWords = 2)
{
    public static IntentBlend Default { get; } = new(0.999, 0.7, 0.9);

    /// <summary>
    /// The classifier's probabilities are naive Bayes' (near 0 or 1, not calibrated), so they are not given as the
    /// confidence: an intent it chose instead of the rules' keeps the rules' confidence, and one it found where the rules
    /// found nothing gets a confidence the router acts on as a first message but that never leaves a form on its own
    /// (below the topic switch's "strong").
    /// </summary>
    private const double FromFallbackConfidence = 0.45;

    /// <summary>The rules alone.</summary>
    public static IntentBlend RulesOnly { get; } = new(2.0, 0, 2.0);

    /// <summary>The classifier alone for every content intent.</summary>
    public static IntentBlend LearnedOnly { get; } = new(0, 2.0, 0);

    public (Intent Intent, double Confidence) Choose(Intent rules, double rulesConfidence, IntentGuess guess)
    {
        if (guess.Intent == Intent.None || guess.Intent == rules || guess.Words < MinWords)
        {
            return (rules, rulesConfidence);
        }

        // Where the rules found nothing, most of the words must be ones the training lines used: else the text is
        // about something else ("quarterly budget figures") or in another language, and the knowledge base takes it.
        var fallback = rules == Intent.Question && rulesConfidence <= 0;
        if (fallback && guess.KnownWords * 3 < guess.Words * 2)
        {
            return (rules, rulesConfidence);
        }

        var threshold = fallback ? FromFallback : rulesConfidence >= RulesSure ? double.MaxValue : Override;
        return guess.Probability < threshold ? (rules, rulesConfidence) : (guess.Intent, fallback ? FromFallbackConfidence : rulesConfidence);
    }
}
