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
internal sealed record IntentBlend(double Override, double RulesSure, double FromFallback)
{
    public static IntentBlend Default { get; } = new(0.999, 0.7, 0.9);

    /// <summary>
    /// The classifier's probabilities are naive Bayes' (near 0 or 1, not calibrated): what it decides gets a fixed
    /// confidence, sure enough to be acted on, not enough to leave a form on its own (the topic switch asks more).
    /// </summary>
    private const double OverrideConfidence = 0.6;

    private const double FromFallbackConfidence = 0.5;

    /// <summary>The rules alone.</summary>
    public static IntentBlend RulesOnly { get; } = new(2.0, 0, 2.0);

    /// <summary>The classifier alone for every content intent.</summary>
    public static IntentBlend LearnedOnly { get; } = new(0, 2.0, 0);

    public (Intent Intent, double Confidence) Choose(Intent rules, double rulesConfidence, IntentGuess guess)
    {
        if (guess.Intent == Intent.None || guess.Intent == rules)
        {
            return (rules, rulesConfidence);
        }

        var fallback = rules == Intent.Question && rulesConfidence <= 0;
        var threshold = fallback ? FromFallback : rulesConfidence >= RulesSure ? double.MaxValue : Override;
        return guess.Probability < threshold ? (rules, rulesConfidence) : (guess.Intent, fallback ? FromFallbackConfidence : OverrideConfidence);
    }
}
