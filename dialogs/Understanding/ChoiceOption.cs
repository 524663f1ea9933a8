namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// One option of a step, as a <see cref="ChoiceMatcher"/> knows it: the value the flow stores, the labels shown on
/// the card (English and French), and other ways people say it, in both languages (accents and case do not matter).
/// </summary>
/// <param name="Value">What the flow keeps when this option is picked (the card's choice value).</param>
/// <param name="Labels">The labels shown on the card; typed exactly they match with full confidence.</param>
/// <param name="Synonyms">Other words and phrases for it ("only me", "personne d'autre"); typos are forgiven when matching.</param>
internal sealed record ChoiceOption(string Value, IReadOnlyList<string> Labels, IReadOnlyList<string> Synonyms)
{
    /// <summary>Yes and no as options: the usual words for each, in English and French.</summary>
    public static IReadOnlyList<ChoiceOption> YesNo(string yesValue, string noValue) =>
    [
        new(yesValue, ["Yes", "Oui"], ["yeah", "yep", "yup", "y", "sure", "ok", "okay", "of course", "correct", "right", "please do",
            "ouais", "ouai", "d accord", "dac", "bien sur", "exactement", "tout a fait", "c est ca", "volontiers", "affirmative"]),
        new(noValue, ["No", "Non"], ["nope", "nah", "n", "not really", "no thanks", "not at all", "negative",
            "nan", "non merci", "pas du tout", "pas vraiment", "du tout", "aucunement"]),
    ];
}

/// <summary>How a typed answer relates to the options.</summary>
internal enum ChoiceOutcome
{
    /// <summary>Nothing in the text points to an option.</summary>
    None,

    /// <summary>One option clearly: <see cref="ChoiceMatch.Value"/>.</summary>
    Matched,

    /// <summary>Two or more options fit about as well: ask which, offering <see cref="ChoiceMatch.Candidates"/>.</summary>
    Ambiguous,
}

/// <summary>What <see cref="ChoiceMatcher.Match"/> found.</summary>
/// <param name="Outcome">Matched, ambiguous or none.</param>
/// <param name="Value">The matched option's value (set only when <see cref="Outcome"/> is Matched).</param>
/// <param name="Confidence">0 to 1: 1 for a label, a number or an ordinal; lower for a paraphrase or a typo.</param>
/// <param name="Candidates">For Ambiguous, the values that fit, best first; otherwise empty.</param>
internal readonly record struct ChoiceMatch(ChoiceOutcome Outcome, string? Value, double Confidence, IReadOnlyList<string> Candidates)
{
    public static ChoiceMatch Nothing { get; } = new(ChoiceOutcome.None, null, 0, []);

    public bool IsMatched => Outcome == ChoiceOutcome.Matched;
}
