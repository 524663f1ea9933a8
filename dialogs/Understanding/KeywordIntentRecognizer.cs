using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// Understands English and French without any AI service: text is folded (case, accents, punctuation),
/// misspelt words are repaired against the cue vocabulary, weighted cues are summed per intent over the whole
/// sentence, and the best intent above a threshold wins. A ticket number anywhere means that ticket; a question
/// about one of the employee's tickets without its number is a follow-up; text that matches nothing is a question
/// for the knowledge base (confidence 0, <see cref="Recognition.IsFallback"/>). Each message's own language is
/// detected, and the impact and urgency it states are read for an incident.
/// </summary>
internal sealed partial class KeywordIntentRecognizer : IIntentRecognizer
{
    /// <summary>Below this score an intent is noise ("my" alone is not an incident).</summary>
    internal const double Threshold = 1.5;

    /// <summary>A named product or device leans towards "something is wrong with it".</summary>
    private const double TopicIncidentWeight = 1.5;

    /// <summary>A greeting longer than this is small talk around something else.</summary>
    private const int MaxGreetingWords = 4;

    // Ties go to the earlier intent: the more specific ask wins over the generic one.
    private static readonly Intent[] Ranked =
    [
        Intent.Human, Intent.TicketFollowUp, Intent.MyTickets, Intent.Outage, Intent.NewStarter, Intent.RequestSoftware,
        Intent.RequestHardware, Intent.RequestAccess, Intent.ReportIncident,
        Intent.Help, Intent.Question,
    ];

    private static readonly PhraseIndex<(Intent Intent, double Weight)> Cues = ServiceRequestCues.AddTo(IntentCues.Build());
    private static readonly Vocabulary Spelling = new(
        Cues.Words.Concat(TopicReader.Words).Concat(FollowUp.Words).Concat(FollowUpSignals.Words).Concat(StatedSeverity.Words)
            .Concat(ServiceRequestCues.KindWords), CommonWords.All);

    /// <summary>The learned classifier, trained once per process from the embedded lines (a few milliseconds).</summary>
    private static readonly Lazy<IntentClassifier> Learned = new(() => IntentClassifier.Train(IntentExamples.All));

    /// <summary>Starts the training on the thread pool while the rest of the host starts, so the first message seldom waits.</summary>
    internal static void WarmUp()
    {
        if (!Learned.IsValueCreated)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static _ => _ = Learned.Value, null);
        }
    }

    public ValueTask<Recognition> RecognizeAsync(string? text, string? locale, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Recognize(text, locale));

    internal static Recognition Recognize(string? text, string? locale) => Recognize(text, locale, Learned.Value, IntentBlend.Default);

    /// <summary>With another classifier (or none: the rules alone) and another way of combining: cross-validation and tests.</summary>
    internal static Recognition Recognize(string? text, string? locale, IntentClassifier? classifier, IntentBlend blend)
    {
        var words = TextFolding.Words(text);
        if (words.Count == 0)
        {
            // "?", "???" alone say nothing either: the router shows the menu for them (a "?" typed alone is its help
            // command), and nothing here should read more into them.
            return Recognition.Nothing;
        }

        if (OnlyKeyMashing(words, classifier))
        {
            // "asdfgh", "qsdfqsdf", "jjjjj": keys hit, nothing written. Not a question for the knowledge base.
            return new Recognition(Intent.None, 0) { Language = Language(locale) };
        }

        // The classifier reads the words as typed (its character n-grams forgive typos); the rules read them repaired.
        var guess = classifier?.Predict(words, IntentClassifier.Asked(text)) ?? IntentGuess.Nothing;

        // What the message is about is read without its politeness and its statements of urgency or of who is affected
        // ("Kind regards, Helen", "it's urgent", "the whole team is affected"): those never change the intent (the slots
        // below read every word). Taken out as typed, before a repair turns "regards" into another word.
        var content = NeutralWords.Strip(words);
        Repair(words);
        if (content is List<string> own && !ReferenceEquals(own, words))
        {
            Repair(own);
        }
        else
        {
            content = words;
        }

        if (words.Count == 1 && ReferenceEquals(content, words))
        {
            // "hlep", "helo": a short word typed alone is a command or a greeting mistyped.
            words[0] = Spelling.RepairAlone(words[0]);
        }

        var language = LanguageDetector.Detect(text, words, locale);
        if (Courtesy.OnlyThanks(words))
        {
            // "thanks a lot", "merci beaucoup !", "cheers mate": said to close, not asked; the knowledge base has nothing
            // to answer and its "I don't know" would read as not listening.
            return new Recognition(Intent.Greeting, 0.9) { Language = language };
        }

        var (category, service) = TopicReader.Read(words);
        if ((TicketNumberFinder.Find(text) ?? TicketNumberFinder.FindLoose(words)) is { } number)
        {
            return new Recognition(Intent.TicketStatus, 0.95, number, category, service) { Language = language };
        }

        if (TicketNumberFinder.FindBare(text, words) is { } bare)
        {
            return new Recognition(Intent.TicketStatus, 0.9, bare, category, service) { Language = language, KindGuessed = true };
        }

        if (FlowCommands.Of(text) is { } command)
        {
            return new Recognition(command, 0.95) { Language = language };
        }

        var isQuestion = IntentShape.IsQuestion(text, content);
        var followUp = FollowUp.Of(content, text?.Contains('?', StringComparison.Ordinal) == true, out var subject);
        var asksTheWay = AskingClause.AsksTheWay(text);
        if (followUp != FollowUp.Kind.None && (asksTheWay || Routing.HowToShape.AsksHow(text)) && !NamesATicket(content))
        {
            // "onedrive shows a sync error, how do I restart it", "how far ahead should I ask for a newcomer's account":
            // asked how, where or when, about no ticket ("relance", "ask", "pending" are then the subject's words, not a
            // chase); "how is my ticket going" names one and stays a follow-up.
            (followUp, subject) = (FollowUp.Kind.None, null);
        }

        Span<double> scores = stackalloc double[Enum.GetValues<Intent>().Length];
        Score(content, scores, category is not null, isQuestion, followUp);
        var asksAdvice = AskingClause.AsksAdvice(text);
        if (asksAdvice)
        {
            // Tips asked for about something ("ça coupe tout le temps, des astuces ?") is not asking whether it is down
            // for everyone. It stays what its words say: a problem asked about gets the article first (or the open ticket
            // about it, "the screen flickers on the dock, any solution?"), a question the article.
            scores[(int)Intent.Outage] *= OutageWhenAskingTheWay;
        }

        if (asksTheWay)
        {
            // A clause that asks what to do, where, which or how long ("…, je fais quoi", "…, où je la trouve", "des
            // astuces ?"): the knowledge base's, unless the words of a request or a ticket weigh more. A fault clearly
            // stated ("outlook keeps asking for my password, what do I do?") stays a problem asked about: the router
            // answers it with the article first and "Report it" under it, which a question would not offer.
            if (scores[(int)Intent.ReportIncident] < ClearFault)
            {
                scores[(int)Intent.Question] += AskingClauseWeight;
            }
            else if (AskingClause.AsksWhatToTryFirst(text))
            {
                // "mon pc rame, des trucs à faire avant d'ouvrir un ticket ?": the ticket is said not to be wanted yet, so
                // however clearly the fault is stated, the knowledge base answers first ("No, open a ticket" stays).
                scores[(int)Intent.Question] = Math.Max(scores[(int)Intent.Question] + AskingClauseWeight, scores[(int)Intent.ReportIncident] + 1);
            }

            scores[(int)Intent.Outage] *= OutageWhenAskingTheWay;
        }

        if (AskingClause.SomeoneLeaves(content) && IntentShape.AsksSomewhere(text, content))
        {
            // "what does a leaver hand back?", "un collègue part, il faut faire quoi pour ses accès ?": the way out is a
            // process asked about, not the access or the laptop it names.
            // The equipment and accesses a leaver hands back are named, not wished for ("il faut rendre quoi comme
            // matériel ?"): a request's words never outweigh the question about the way out.
            var requested = Math.Max(scores[(int)Intent.RequestHardware], Math.Max(scores[(int)Intent.RequestSoftware], scores[(int)Intent.RequestAccess]));
            scores[(int)Intent.Question] = Math.Max(scores[(int)Intent.Question] + LeavingAskedWeight, requested + 1);
        }

        var (best, bestScore, secondScore) = Best(scores);
        var (intent, confidence) = bestScore >= Threshold ? (best, Confidence(bestScore, secondScore))
            : scores[(int)Intent.Greeting] > 0 && content.Count <= MaxGreetingWords ? (Intent.Greeting, 0.9)
            : (Intent.Question, 0);
        var (ruled, ruledConfidence) = (intent, confidence);
        (intent, confidence) = blend.Choose(intent, confidence, guess, IntentShape.AsksSomewhere(text, content), IntentShape.SaysWho(content));
        if (ruled == Intent.Help && intent != Intent.Help && scores[(int)Intent.ReportIncident] < ClearFault)
        {
            // The bot's help is read from the bot's own words ("menu", "aide", "ce bot"), which the lines teach the
            // classifier little of: in leave-one-batch-out cross-validation its changes of a Help were never right ("affiche
            // le menu stp" made the list of my tickets). Only a fault clearly stated beside them ("SAP plante quand on
            // valide les commandes": business orders, not the bot's) lets it read the message otherwise.
            (intent, confidence) = (ruled, ruledConfidence);
        }

        if ((asksTheWay || asksAdvice) && intent == Intent.Outage && ruled != Intent.Outage)
        {
            // Asking what to do about it ("ça coupe tout le temps, des astuces ?") is not asking whether it is down for
            // everyone: a learned guess of an outage does not replace what the rules read.
            (intent, confidence) = (ruled, ruledConfidence);
        }
        return intent switch
        {
            Intent.ReportIncident => new Recognition(intent, confidence, null, category, service, TitleHint.From(text, locale))
            {
                Language = language,
                ImpactHint = StatedSeverity.ImpactOf(words),
                UrgencyHint = StatedSeverity.UrgencyOf(words),
            },
            Intent.Question => new Recognition(intent, confidence, null, category, service, TitleHint.From(text, locale)) { Language = language },
            Intent.TicketFollowUp => new Recognition(intent, confidence, null, category, service) { Language = language, Subject = subject },
            Intent.Greeting => new Recognition(intent, confidence) { Language = language },
            _ => new Recognition(intent, confidence, null, category, service) { Language = language },
        };
    }

    /// <summary>The incident's score from which a fault is clearly stated (a symptom phrase and the thing it is said of).</summary>
    internal const double ClearFault = 4.5;

    /// <summary>What someone leaving adds to a question about it ("un collègue part, on fait quoi ?").</summary>
    internal const double LeavingAskedWeight = 2;

    /// <summary>What a clause asking the way, a place or a delay adds to the question ("je fais quoi", "où je la trouve").</summary>
    internal const double AskingClauseWeight = 3;

    /// <summary>Asking what to do about it is not asking whether it is down for everyone ("ça coupe tout le temps, des astuces ?").</summary>
    private const double OutageWhenAskingTheWay = 0.5;

    private static string? Language(string? locale) => LanguageDetector.Detect(null, [], locale);
}
