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
    public static IntentBlend Default { get; } = new(0.999, 0.8, 0.9);

    /// <summary>
    /// The classifier's probabilities are naive Bayes' (near 0 or 1, not calibrated), so they are not given as the
    /// confidence: an intent it chose instead of the rules' keeps the rules' confidence, and one it found where the rules
    /// found nothing gets a confidence the router acts on as a first message but that never leaves a form on its own
    /// (below the topic switch's "strong").
    /// </summary>
    private const double FromFallbackConfidence = 0.45;

    /// <summary>
    /// Changes the classifier may not make. Those that were wrong more often than right in cross-validation
    /// (<c>run.sh --cv</c> lists every change with its count): a question the rules read is not turned into a problem or a
    /// software request, a software request not into an access request. And those the router already handles from the
    /// rules' reading, where a wrong change costs more than a right one brings: a problem is never turned into a
    /// follow-up (the router finds a restated problem's open ticket itself, and a new problem must never be hidden behind
    /// an old ticket) nor into an access request (a product named in a fault is not a request); an access request is
    /// not turned into a question (the access flow shows a how-to's article first and keeps "make the request").
    /// Since the rules are overridden below 0.8 (2026-12-07 afternoon), cross-validation also found these wrong as often
    /// as right or more: a fault into a hardware request ("laptop keyboard broken"), a question into a follow-up, an
    /// outage or a new starter, the list of my tickets into one ticket. On 2026-12-08, with the eighth batch released,
    /// a hardware request into a fault was never right (0 of 1; "i need a work phone, I'm on call": a wish stays a wish).
    /// </summary>
    private static readonly HashSet<(Intent Rules, Intent Learned)> Barred =
    [
        (Intent.Question, Intent.ReportIncident), (Intent.Question, Intent.RequestSoftware), (Intent.RequestSoftware, Intent.RequestAccess),
        (Intent.ReportIncident, Intent.TicketFollowUp), (Intent.ReportIncident, Intent.RequestAccess), (Intent.RequestAccess, Intent.Question),
        (Intent.ReportIncident, Intent.RequestHardware), (Intent.Question, Intent.TicketFollowUp), (Intent.MyTickets, Intent.TicketFollowUp),
        (Intent.Question, Intent.Outage), (Intent.Question, Intent.NewStarter), (Intent.RequestHardware, Intent.ReportIncident),
    ];

    /// <summary>The rules alone.</summary>
    public static IntentBlend RulesOnly { get; } = new(2.0, 0, 2.0);

    /// <summary>The classifier alone for every content intent.</summary>
    public static IntentBlend LearnedOnly { get; } = new(0, 2.0, 0);

    /// <param name="rules">The rules' intent (Question with confidence 0: they found nothing).</param>
    /// <param name="rulesConfidence">The rules' confidence.</param>
    /// <param name="guess">The classifier's reading.</param>
    /// <param name="asked">The message is asked (a question mark, a question word first): only then can the classifier make it a <see cref="Intent.Question"/>.</param>
    /// <param name="saysWho">
    /// The message names who wants or has it (I, me, my, we, je, mon...): a wish or a problem is said by someone, and a
    /// bare topic the rules cannot place ("quarterly budget figures for the board") is the knowledge base's unless asked.
    /// </param>
    public (Intent Intent, double Confidence) Choose(Intent rules, double rulesConfidence, IntentGuess guess, bool asked = true, bool saysWho = true)
    {
        // Its questions were all learned from asked lines: a statement it calls a question is a problem it half knows.
        // A person is asked for in words the rules know ("human", "agent", "talk to", "un conseiller"): never guessed
        // (cross-validation: the classifier's Human over another reading was never right).
        if (guess.Intent is Intent.None or Intent.Human || guess.Intent == rules || guess.Words < MinWords || Barred.Contains((rules, guess.Intent))
            || (guess.Intent == Intent.Question && !asked))
        {
            return (rules, rulesConfidence);
        }

        // Where the rules found nothing, most of the words must be ones the training lines used: else the text is
        // about something else or in another language, and the knowledge base takes it; and someone must say it or ask
        // it: a bare topic ("quarterly budget figures for the board") is a search.
        // Outage or fault is the message's shape, which the rules read: an outage the rules read in an asked message
        // ("is it just me or…?", "c'est général ?") is not made a fault, a fault they read in a stated one ("le réseau
        // est lent dans tout le bâtiment") is not made an outage question.
        if ((rules == Intent.Outage && guess.Intent == Intent.ReportIncident && asked)
            || (rules == Intent.ReportIncident && guess.Intent == Intent.Outage && !asked))
        {
            return (rules, rulesConfidence);
        }

        var fallback = rules == Intent.Question && rulesConfidence <= 0;
        if (fallback && (guess.KnownWords * 3 < guess.Words * 2 || !(asked || saysWho)))
        {
            return (rules, rulesConfidence);
        }

        var threshold = fallback ? FromFallback : rulesConfidence >= RulesSure ? double.MaxValue : Override;
        return guess.Probability < threshold ? (rules, rulesConfidence) : (guess.Intent, fallback ? FromFallbackConfidence : rulesConfidence);
    }
}
