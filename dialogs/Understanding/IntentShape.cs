namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// The shape of a message beyond its words: asked or stated. "Is Outlook down?" asks about an outage, "Outlook down,
/// can't send anything" reports an incident; "when does my password expire" is a question, not a fault.
/// </summary>
internal static class IntentShape
{
    public const double OutageAsked = 1.3;
    public const double OutageStated = 0.6;
    public const double QuestionWordWeight = 1.5;
    public const double FollowUpWeight = 8;
    public const double AskedFollowUpWeight = 20;
    public const double TicketListWeight = 3;

    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "how", "what", "whats", "when", "where", "why", "which", "who", "can", "could", "should", "do", "does", "is", "are", "any",
        "comment", "quand", "pourquoi", "ou", "quel", "quelle", "quels", "quelles", "combien", "puis", "peut", "est", "y", "ya",
        "que", "qu",
    };

    /// <summary>A question mark, a sentence opening like one ("is", "how", "est-ce que", "y a-t-il"), or a tag ending it ("… ou quoi", "… or not").</summary>
    public static bool IsQuestion(string? text, IReadOnlyList<string> words) =>
        (text is not null && text.Contains('?', StringComparison.Ordinal)) || StartsWithQuestionWord(words) || EndsWithTag(words);

    /// <summary>"les imprimantes sont en rade partout ou quoi", "is it down or what": asked, however it began, without a "?".</summary>
    private static bool EndsWithTag(IReadOnlyList<string> words) =>
        words.Count > 2 && (words[^2], words[^1]) is ("ou", "quoi") or ("ou", "pas") or ("or", "what") or ("or", "not");

    public static bool StartsWithQuestionWord(IReadOnlyList<string> words) => words.Count > 1 && QuestionWords.Contains(words[0]);

    private static readonly HashSet<string> Persons = new(StringComparer.Ordinal)
    {
        "i", "im", "ive", "id", "ill", "me", "my", "mine", "myself", "we", "us", "our", "you", "your", "u", "pls", "please",
        "je", "j", "me", "m", "moi", "mon", "ma", "mes", "nous", "notre", "nos", "on", "tu", "vous", "te", "t", "svp", "stp",
        "il", "elle", "lui", "leur",
    };

    /// <summary>Someone is in the message (I, my, we, you, je, on, "please"): it states or wishes something, it is not a bare topic.</summary>
    public static bool SaysWho(IReadOnlyList<string> words) => words.Any(Persons.Contains);

    /// <summary>Words that ask however the sentence began: "how", "comment" (not the English noun), "why", "pourquoi".</summary>
    private static readonly HashSet<string> AskingWords = new(StringComparer.Ordinal) { "how", "howto", "why", "pourquoi", "comment" };

    /// <summary>An interrogative that asks only when a verb or a subject follows it ("what can i", "ou sont", "where is").</summary>
    private static readonly HashSet<string> OpenAsking = new(StringComparer.Ordinal)
    {
        "what", "where", "when", "ou", "quand", "quel", "quelle", "quels", "quelles", "quoi",
    };

    private static readonly HashSet<string> AskingVerbs = new(StringComparer.Ordinal)
    {
        "can", "could", "do", "does", "should", "is", "are", "must", "would", "will", "am",
        "est", "sont", "puis", "peut", "peux", "dois", "doit", "faut", "faire",
    };

    /// <summary>Words before "comment" that make it the English noun ("add a comment to my ticket").</summary>
    private static readonly HashSet<string> NounBefore = new(StringComparer.Ordinal) { "a", "the", "this", "my", "your", "add", "un", "une", "le", "mon", "ce" };

    /// <summary>
    /// Asked anywhere in the message, not only at its start: a question mark, a question word first, or a question clause
    /// after a statement ("my password expires in 3 days, how do i change it", "disque plein, je fais comment",
    /// "j'ai supprimé un fichier, comment le récupérer", "is there a way to", "est-ce que", "what can i delete").
    /// A problem followed by a how-to is asked: the knowledge base may answer it.
    /// </summary>
    public static bool AsksSomewhere(string? text, IReadOnlyList<string> words)
    {
        if (IsQuestion(text, words))
        {
            return true;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var next = i + 1 < words.Count ? words[i + 1] : null;
            if (AskingWords.Contains(word)
                && (word != "comment" || ((i == 0 || !NounBefore.Contains(words[i - 1])) && next is not ("to" or "on" or "about" or "from"))))
            {
                return true;
            }

            // "que faire", "que dois-je"; "ou peut-être" is "or maybe".
            if ((OpenAsking.Contains(word) && next is not null && AskingVerbs.Contains(next) && !(word is "ou" && i + 2 < words.Count && words[i + 2] is "etre"))
                || (word is "que" && next is "faire" or "dois" or "puis"))
            {
                return true;
            }

            // "est-ce que", "any way to", "is there a way", "un moyen de".
            if ((word is "est" && next is "ce") || (word is "way" && next is "to" or "of") || (word is "moyen" && next is "de" or "d"))
            {
                return true;
            }
        }

        // "…, je fais quoi", "…, où je la trouve", "…, quel réglage", "des astuces": a later clause asks.
        return AskingClause.AsksTheWay(text) || AskingClause.AsksAdvice(text);
    }

    /// <summary>What asking whether something is allowed adds to the question.</summary>
    public const double PermissionWeight = 3;

    private static readonly HashSet<string> Permission = new(StringComparer.Ordinal)
    {
        "allowed", "permitted", "forbidden", "prohibited", "banned", "authorised", "authorized", "autorise", "autorisee",
        "autorises", "autorisees", "interdit", "interdite", "interdits", "interdites", "tolere", "toleree", "toleres",
    };

    /// <summary>
    /// Whether something is allowed, asked ("is chrome allowed or only edge?", "les clés usb sont interdites ?"): a rule the
    /// knowledge base states, not a fault, whatever else the words weigh for. The caller checks that it is asked.
    /// </summary>
    public static bool AsksPermission(IReadOnlyList<string> words) => words.Any(Permission.Contains);

    /// <summary>The weight of asking which of one's own things are still open.</summary>
    public const double OwnOpenWeight = 4;

    private static readonly HashSet<string> Which = new(StringComparer.Ordinal)
    {
        "what", "whats", "which", "how", "quels", "quelles", "quel", "quelle", "qu", "combien", "est",
    };

    private static readonly HashSet<string> Self = new(StringComparer.Ordinal) { "i", "ive", "me", "je", "j", "moi" };

    private static readonly HashSet<string> StillOpen = new(StringComparer.Ordinal)
    {
        "pending", "outstanding", "ongoing", "waiting", "ouverts", "ouvertes", "attente", "cours",
    };

    /// <summary>
    /// Asking which of one's own things are still open, by its kinds of words: a question word, the asker, a state of
    /// being open ("what do i have pending", "what have i got open with you", "qu'est-ce que j'ai en cours"). "Open" is
    /// such a state only at the end or before "with", "at", "right", never as a verb ("how do I open", "won't open").
    /// </summary>
    public static bool AsksOwnOpen(IReadOnlyList<string> words)
    {
        if (words.Count < 3 || !Which.Contains(words[0]) || !words.Any(Self.Contains))
        {
            return false;
        }

        for (var i = 2; i < words.Count; i++)
        {
            var before = words[i - 1];
            var after = i + 1 < words.Count ? words[i + 1] : null;
            if (StillOpen.Contains(words[i]) && (words[i] != "cours" || before == "en"))
            {
                return true;
            }

            if (words[i] == "open" && before is not ("wont" or "cant" or "doesnt" or "dont" or "not" or "to" or "t" or "i" or "will")
                && after is null or "with" or "at" or "right" or "now" or "currently" or "atm")
            {
                return true;
            }
        }

        return false;
    }
}
