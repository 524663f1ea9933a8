using ServiceDesk.Dialogs.Flows.MyTickets;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>
/// When a message typed inside a form is something else than an answer to its step: another intent recognised with
/// confidence, or another kind of request said with words that take the current one back ("actually", "en fait",
/// <see cref="ChangeOfMind"/>). Before any step takes the message the bar is high: a short question ("how do I change my password?",
/// "is the network down?") with a strong intent, never a plain statement, since a free-text step takes any words and
/// a step with options matches leniently. Once a step with options has refused the message, the bar is lower.
/// </summary>
internal static class TopicSwitch
{
    /// <summary>The recogniser's confidence from which another intent counts as meant.</summary>
    internal const double Strong = 0.5;

    /// <summary>At a free-text step a question must be at least this sure to take over.</summary>
    internal const double StrongAtText = 0.6;

    /// <summary>Another kind of request said with words that take back the current one ("actually", "en fait"): this sure.</summary>
    internal const double MindChanged = 0.4;

    /// <summary>Longer text at a free-text step is an answer that happens to contain a question.</summary>
    private const int MaxAsideWords = 15;

    /// <summary>A change of mind said at more length ("non en fait je voudrais plutôt un nouveau clavier et une souris").</summary>
    private const int MaxChangeWords = 30;

    private static readonly string[] Asides = ["hang on", "hold on", "wait", "actually", "btw", "by the way", "also", "oh", "quick question", "sorry", "attends", "au fait", "sinon", "petite question", "question", "ah", "euh", "dis", "dites", "ok", "et", "and", "so", "oh and", "oh btw", "also", "and also", "et sinon", "et aussi"];

    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "how", "hows", "what", "whats", "why", "whys", "when", "whens", "where", "wheres", "who", "whos", "which", "is", "are", "was", "were", "do", "does", "did", "can",
        "could", "will", "would", "should", "any", "has", "have", "comment", "pourquoi", "quand", "ou", "qui", "quel", "quelle",
        "quels", "quelles", "combien", "est", "y", "peut", "puis", "as", "avez", "c",
    };

    /// <summary>The intent a dialog is itself about: that intent again is not another topic.</summary>
    public static Intent? Own(string dialogName) => dialogName switch
    {
        ServiceDeskRouter.IncidentDialog => Intent.ReportIncident,
        ServiceDeskRouter.AccessDialog => Intent.RequestAccess,
        ServiceDeskRouter.SoftwareDialog => Intent.RequestSoftware,
        ServiceDeskRouter.HardwareDialog => Intent.RequestHardware,
        ServiceDeskRouter.NewStarterDialog => Intent.NewStarter,
        _ => null,
    };

    /// <summary>The intents that open a form of their own: a topic switch to one of them puts the form in progress aside.</summary>
    public static bool IsRequest(Intent intent) =>
        intent is Intent.ReportIncident or Intent.RequestAccess or Intent.RequestSoftware or Intent.RequestHardware or Intent.NewStarter;

    /// <summary>Another kind of request than the form's own (an equipment request inside an incident report, and so on).</summary>
    private static bool OtherRequest(Recognition recognition, string dialogName) =>
        IsRequest(recognition.Intent) && recognition.Intent != Own(dialogName);

    /// <summary>
    /// "actually scratch that, I'd rather get a new headset" inside an incident report: another kind of request, said with
    /// words that take back the current one. Checked before any step, free-text ones included.
    /// </summary>
    public static bool ChangedMind(string text, Recognition recognition, string dialogName) =>
        OtherRequest(recognition, dialogName) && recognition.Confidence >= MindChanged
        && TextFolding.Words(text).Count <= MaxChangeWords && ChangeOfMind.Says(text);

    /// <summary>
    /// Read as a cancel, "scratch that, can I order a headset instead" / "laisse tomber, en fait il me faut un accès au
    /// CRM" says what is wanted instead: another kind of request, and words that take the current one back beyond the
    /// cancel itself ("instead", "rather", "en fait"). "never mind, it works now" stays a cancel.
    /// </summary>
    public static bool CancelledFor(string text, Recognition recognition, string dialogName) =>
        OtherRequest(recognition, dialogName) && recognition.Confidence >= MindChanged
        && TextFolding.Words(text).Count <= MaxChangeWords && ChangeOfMind.Says(text, dropping: false);

    /// <summary>
    /// After a cancel clause ("forget the incident, I need a new charger"): a request for something (access, software,
    /// equipment, a new starter) read with confidence is what is wanted instead, even without "instead". A fault is not:
    /// "never mind, my mouse works again" stays a cancel.
    /// </summary>
    public static bool AskedInstead(Recognition recognition, string dialogName) =>
        OtherRequest(recognition, dialogName) && recognition.Intent != Intent.ReportIncident && recognition.Confidence >= Strong;

    /// <summary>
    /// The step refused the message: is it another topic rather than a wrong answer? An outage or a follow-up counts
    /// only when asked as a question: "just me" typed at the urgency step answers the form (its impact step), even
    /// though "is it just me?" is how people ask about an outage.
    /// </summary>
    public static bool AfterRefusal(string text, Recognition recognition, string dialogName) => recognition.Intent switch
    {
        // Refused, "#42" cannot have been an option's number: it is a ticket's ("42" alone may be a count).
        Intent.TicketStatus => recognition.TicketNumber is not null && (!NumberAlone(text, recognition) || text.Contains('#', StringComparison.Ordinal)),
        Intent.TicketFollowUp or Intent.Outage => recognition.Confidence >= Strong && LooksLikeQuestion(text, TextFolding.Words(text)),
        // Refused, "what tickets do I have open?" asks for the list even when a question word weighed for a question too.
        Intent.MyTickets => recognition.Confidence >= Strong || LooksLikeQuestion(text, TextFolding.Words(text)),
        Intent.Question => !recognition.IsFallback && recognition.Confidence >= Strong,
        Intent.Human => recognition.Confidence >= StrongAtText,
        _ when IsRequest(recognition.Intent) => OtherRequest(recognition, dialogName) && recognition.Confidence >= Strong,
        _ => false,
    };

    /// <summary>Words that name a ticket itself: no option of any step is one of them.</summary>
    private static readonly HashSet<string> TicketWords = new(StringComparer.Ordinal)
    {
        "ticket", "tickets", "tix", "tkt", "request", "requests", "demande", "demandes", "incident", "case", "dossier",
    };

    private static bool NamesATicket(string text) => TextFolding.Words(text).Any(TicketWords.Contains);

    /// <summary>
    /// The step refused a message that names a ticket ("oh btw hows the ticket for my outlook thing going"): whatever
    /// else its words weigh for, it is about one of the employee's tickets, asked or not, so it is read as a follow-up
    /// (the employee's own tickets answer it, or it is said that none is about that). Null otherwise.
    /// </summary>
    public static Recognition? FollowUpAfterRefusal(string text, Recognition recognition) =>
        NamesATicket(text) && recognition.Intent is Intent.TicketFollowUp or Intent.ReportIncident or Intent.Question or Intent.None
            or Intent.RequestAccess or Intent.RequestSoftware or Intent.RequestHardware or Intent.Outage
            ? recognition with { Intent = Intent.TicketFollowUp, Confidence = Math.Max(recognition.Confidence, Strong) }
            : null;

    /// <summary>"2", "#1" or "42" typed inside a form answers its step (an option's number, a count): "ticket 42" is a ticket.</summary>
    private static bool NumberAlone(string text, Recognition recognition) =>
        recognition.KindGuessed && TextFolding.Words(text).All(w => w.All(char.IsAsciiDigit));

    /// <summary>A step is about to take the message: is it obviously something else?</summary>
    public static bool BeforeStep(string text, Recognition recognition, string dialogName)
    {
        if (FollowUpCues.AddToTicket(text) is not null || ChangedMind(text, recognition, dialogName))
        {
            return true;
        }

        var words = TextFolding.Words(text);
        if (words.Count is 0 or > MaxAsideWords)
        {
            return false;
        }

        var question = LooksLikeQuestion(text, words);
        return recognition.Intent switch
        {
            Intent.TicketStatus => recognition.TicketNumber is not null && !NumberAlone(text, recognition) && (question || words.Count <= 3),
            Intent.TicketFollowUp or Intent.Outage => recognition.Confidence >= Strong && question,
            // "attends, montre moi mes tickets": the aside before it does not make it longer.
            Intent.MyTickets => recognition.Confidence >= 0.85 && words.Count - AsideLength(words) <= 5,
            Intent.Human => recognition.Confidence >= 0.8 && words.Count - AsideLength(words) <= 8,
            Intent.Question => !recognition.IsFallback && recognition.Confidence >= StrongAtText && question,
            _ when IsRequest(recognition.Intent) => OtherRequest(recognition, dialogName) && recognition.Confidence >= StrongAtText && question,
            _ => false,
        };
    }

    /// <summary>How-to openings: once an aside is said before one, the message asks how, whatever it is about.</summary>
    private static readonly HashSet<string> HowWords = new(StringComparer.Ordinal) { "how", "comment" };

    /// <summary>
    /// "au fait, comment on se connecte au wifi ?", "btw how do I add a signature?": an aside then a how-to question,
    /// short, is a question for the knowledge base even where its subject (the wifi, a password) would weigh for the
    /// form's own intent; the text without the aside is what is asked. Null when the message is not that.
    /// </summary>
    public static string? HowToAside(string text)
    {
        var words = TextFolding.Words(text);
        var start = AsideLength(words);
        if (start == 0 || start >= words.Count - 2 || words.Count > MaxAsideWords || !HowWords.Contains(words[start]))
        {
            return null;
        }

        return string.Join(' ', words.Skip(start)) + (text.Contains('?', StringComparison.Ordinal) ? " ?" : string.Empty);
    }

    /// <summary>A question mark, or a question word first once asides ("hang on", "au fait") are skipped.</summary>
    internal static bool LooksLikeQuestion(string text, List<string> words)
    {
        if (text.Contains('?', StringComparison.Ordinal))
        {
            return true;
        }

        var start = AsideLength(words);
        return start < words.Count && QuestionWords.Contains(words[start]);
    }

    /// <summary>How many words at the start are asides ("hang on", "attends", "au fait"), said before the real message.</summary>
    private static int AsideLength(List<string> words)
    {
        var start = 0;
        var skipped = true;
        while (skipped && start < words.Count)
        {
            skipped = false;
            foreach (var aside in Asides.Select(a => a.Split(' ')))
            {
                if (start + aside.Length <= words.Count && aside.Select((w, i) => words[start + i] == w).All(x => x))
                {
                    start += aside.Length;
                    skipped = true;
                    break;
                }
            }
        }

        return start;
    }
}
