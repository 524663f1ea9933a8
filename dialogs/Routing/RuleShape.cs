using ServiceDesk.Dialogs.Text;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>
/// A question about the rule or the way rather than the wish itself: who approves or whom to ask ("who approves a paid
/// licence", "il faut l'accord de qui", "who do I ask"), whether something is needed or allowed ("do I need my manager's
/// OK", "faut-il une validation", "on a le droit de…"), whether one may do it oneself ("can I install software myself?",
/// "je peux l'installer moi-même ?"), and how one comes to have something ("how do I get a licence", "comment on obtient
/// un accès"). Told apart by kinds of words in both languages (accents folded, a typo allowed in the longer words), never
/// by a subject: "I need Visio" or "can I get access to the finance share" states a wish and is none of these.
/// </summary>
internal static class RuleShape
{
    /// <summary>Who, and the French "qui" (also in "l'accord de qui", "auprès de qui", "à qui je demande").</summary>
    private static readonly HashSet<string> Who = new(StringComparer.Ordinal) { "who", "whom", "whose", "qui" };

    /// <summary>Deciding, approving, being asked: "who approves", "qui valide", "whose sign off", "à qui demander".</summary>
    private static readonly HashSet<string> Deciding = new(StringComparer.Ordinal)
    {
        "approve", "approves", "approved", "approval", "approver", "sign", "signs", "signoff", "authorise", "authorises",
        "authorize", "authorizes", "authorisation", "authorization", "validate", "validates", "validation", "decide", "decides",
        "grant", "grants", "allow", "allows", "ask", "contact", "permission", "ok", "okay", "responsible", "charge",
        "valide", "valider", "validera", "approuve", "approuver", "approbation", "autorise", "autoriser", "autorisation", "accord",
        "decide", "signe", "signer", "demander", "demande", "contacter", "adresser", "responsable", "donne", "donner",
    };

    /// <summary>Needed, required, allowed, the rule: asked about ("do I need", "is it allowed", "c'est obligatoire ?").</summary>
    private static readonly HashSet<string> Rule = new(StringComparer.Ordinal)
    {
        "allowed", "permitted", "required", "mandatory", "policy", "policies", "rules", "approval", "permission", "needed", "necessary",
        "requis", "requise", "necessaires",
        "autorise", "autorisee", "autorises", "permis", "obligatoire", "necessaire", "politique", "regle", "regles", "droit",
        "accord", "validation", "autorisation",
    };

    /// <summary>Doing it oneself: "myself", "by myself", "on my own", "moi-même", "tout seul", "soi-même", "self service".</summary>
    private static readonly string[][] Oneself =
    [
        .. ((string[])["myself", "ourselves", "yourself", "on my own", "on our own", "by my self", "my self", "moi meme", "nous meme", "nous memes",
            "soi meme", "tout seul", "toute seule", "par moi meme", "self service", "selfservice"])
            .Select(p => p.Split(' ')),
    ];

    /// <summary>
    /// Asking whether one may or must ("can I", "am I", "is it", "do I need", "je peux", "ai-je", "faut-il", "on a"): a rule
    /// word close after it makes it a question about the rule ("am I allowed", "is approval required", "faut-il une
    /// autorisation", "on a le droit"), "myself" / "moi-même" anywhere a question about doing it oneself.
    /// </summary>
    private static readonly string[][] MayI =
    [
        .. ((string[])["can i", "may i", "could i", "can we", "may we", "am i", "are we", "is it", "is that", "is this", "is there",
            "do i need", "do we need", "does it need", "does that need", "do i have", "do we have", "must i",
            "je peux", "je pourrais", "puis je", "on peut", "peut on", "est ce que je peux", "est ce qu on peut", "ai je", "j ai",
            "on a", "a t on", "est ce", "c est", "faut il", "faut t il", "il faut", "dois je", "doit on"])
            .Select(p => p.Split(' ')),
    ];

    /// <summary>How far after the asking verb the rule word may come ("do I need my manager's approval").</summary>
    private const int RuleDistance = 5;

    /// <summary>The need asked by its own inverted form ("do I need …?", "faut-il …", "dois-je …"): the rule itself is the question.</summary>
    private static readonly string[][] NeedAsked =
    [
        .. ((string[])["do i need", "do we need", "does it need", "does that need", "do i have to", "do we have to", "must i",
            "faut il", "faut t il", "est ce qu il faut", "dois je", "doit on", "ai je besoin", "est ce que j ai besoin",
            "est ce qu on a besoin", "a t on besoin"])
            .Select(p => p.Split(' ')),
    ];

    /// <summary>The ways of coming to have something, after "how" / "comment": "how do I get", "comment on obtient".</summary>
    private static readonly HashSet<string> Getting = new(StringComparer.Ordinal)
    {
        "get", "getting", "obtain", "obtaining", "acquire", "receive", "buy", "purchase", "procure", "request", "apply",
        "obtenir", "demander", "obtient", "obtiens", "obtenons", "obtenez", "avoir", "recevoir", "procurer", "acheter", "acquerir",
    };

    /// <summary>"how" / "comment" opens the way: the getting verb must follow within this many words ("how would I go about getting").</summary>
    private const int GettingWithin = 6;

    /// <summary>
    /// Asked about the rule (see the class): who decides, whether it is needed or allowed, whether one may do it oneself.
    /// A question about a request, not the request itself, whatever item it names.
    /// </summary>
    public static bool AsksTheRule(string? text)
    {
        var words = TextFolding.Words(text);
        if (words.Count < 3 || !(IntentShape.AsksSomewhere(text, words) || AsksWho(words)))
        {
            return false;
        }

        return AsksWhoDecides(words) || NeedAsked.Any(p => WordPhrases.IndexOf(words, p) >= 0) || NeedAfterDo(words) || RuleAfterAsking(words)
            || (text!.Contains('?', StringComparison.Ordinal) && ImpersonalNeed(words))
            || (MayI.Any(p => WordPhrases.IndexOf(words, p) >= 0) && Oneself.Any(p => WordPhrases.IndexOf(words, p) >= 0));
    }

    /// <summary>
    /// Whether a thing is needed, asked impersonally ("il faut un code ?", "en télétravail il faut le VPN pour … ?"): nobody
    /// wishes for the thing in these words, so a request form is never the answer; "il me faut un écran ?" is a wish.
    /// </summary>
    public static bool AsksWhetherNeeded(string? text)
    {
        var words = TextFolding.Words(text);
        // "il faut l'accord de qui ?" asks who decides, "il faut quoi ?" what: the rule's other questions, not whether.
        return words.Count >= 3 && text!.Contains('?', StringComparison.Ordinal) && ImpersonalNeed(words)
            && !words.Any(w => Who.Contains(w) || w is "quoi" or "quel" or "quelle" or "quels" or "quelles" or "what" or "which");
    }

    /// <summary>How one comes to have something ("how do I get", "comment on obtient"): the way, asked before the wish.</summary>
    public static bool AsksHowToGet(string? text) => AsksHowToGet(TextFolding.Words(text));

    /// <summary>
    /// "who" / "qui" asking, not relating: first in the sentence, last, after a preposition ("l'accord de qui", "à qui",
    /// "auprès de qui", "par qui") or as "c'est qui", "qui est-ce"; "le manager qui valide" only relates.
    /// </summary>
    private static bool AsksWho(List<string> words)
    {
        if (Who.Contains(words[0]) || Who.Contains(words[^1]))
        {
            return true;
        }

        for (var i = 1; i < words.Count; i++)
        {
            var next = i + 1 < words.Count ? words[i + 1] : null;
            if (words[i] == "qui" && (words[i - 1] is "de" or "a" or "par" or "pour" or "est" or "aupres"
                || (next == "est" && i + 2 < words.Count && words[i + 2] == "ce")))
            {
                return true;
            }

            // "… when I open the site, who do I ask": the English "who" before an auxiliary asks, a relative one does not.
            if (words[i] is "who" or "whom" && next is "do" or "does" or "should" or "can" or "could" or "will" or "would" or "must" or "to")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"who approves", "who do I ask", "il faut l'accord de qui", "qui valide".</summary>
    private static bool AsksWhoDecides(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!Who.Contains(words[i]))
            {
                continue;
            }

            // The deciding word a few words away on either side: "who needs to approve it", "l'accord de qui".
            for (var k = Math.Max(0, i - 3); k < Math.Min(words.Count, i + 5); k++)
            {
                if (k != i && Is(Deciding, words[k]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "does a leaver need to…", "do contractors have to…", "do new starters need": "do" / "does" and, a few words later,
    /// the need (the subject between them named in any words); "le stagiaire doit-il", "les prestataires doivent-ils".
    /// </summary>
    private static bool NeedAfterDo(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is "doit" or "doivent" && i + 1 < words.Count && words[i + 1] is "il" or "elle" or "ils" or "elles" or "on")
            {
                return true;
            }

            if (words[i] is not ("do" or "does"))
            {
                continue;
            }

            for (var k = i + 2; k < Math.Min(words.Count, i + 6); k++)
            {
                if (words[k] is "need" or "needs" || (words[k] is "have" or "has" && k + 1 < words.Count && words[k + 1] == "to"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whom a need is for ("il me faut", "il nous faut"): then it is a wish, not the rule asked.</summary>
    private static readonly HashSet<string> NeedFor = new(StringComparer.Ordinal) { "me", "m", "nous", "te", "lui", "leur", "vous" };

    /// <summary>What "il faut" asks for when it asks whether a thing is needed: a determiner ("il faut un code ?", "faut le vpn ?").</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "un", "une", "le", "la", "les", "l", "des", "du", "d", "mon", "ma", "mes", "son", "sa", "ses", "forcement", "obligatoirement",
        "absolument", "toujours", "vraiment",
    };

    /// <summary>
    /// "il faut un code ?", "en télétravail il faut le VPN pour … ?", "faut une autorisation ?": the impersonal need, asked
    /// (the caller checks the question mark), of a thing; "il me faut un écran" is a wish, "il faut que je …" a duty.
    /// </summary>
    private static bool ImpersonalNeed(List<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] is "faut" && (i == 0 || !NeedFor.Contains(words[i - 1])) && Determiners.Contains(words[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"am I allowed", "is approval required", "faut-il une autorisation", "on a le droit": the rule word close after.</summary>
    private static bool RuleAfterAsking(List<string> words)
    {
        if ((words[0] is "is" or "are" or "does" or "do" or "can" or "may" or "must" or "est" or "faut") && RuleWithin(words, 1))
        {
            // "is my manager's approval required?", "does a paid app need approval": opened by the asking verb.
            return true;
        }

        foreach (var phrase in MayI)
        {
            for (var i = WordPhrases.IndexOf(words, phrase, 0); i >= 0; i = WordPhrases.IndexOf(words, phrase, i + 1))
            {
                if (RuleWithin(words, i + phrase.Length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool RuleWithin(List<string> words, int from)
    {
        for (var k = from; k < Math.Min(words.Count, from + RuleDistance); k++)
        {
            if (Is(Rule, words[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"how do I get a licence", "how would I go about getting", "comment on obtient", "comment avoir".</summary>
    private static bool AsksHowToGet(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is not ("how" or "comment") || (i > 0 && words[i - 1] is "a" or "the" or "my" or "un" or "le" or "mon" or "add"))
            {
                continue;
            }

            for (var k = i + 1; k < Math.Min(words.Count, i + 1 + GettingWithin); k++)
            {
                if (Getting.Contains(words[k]))
                {
                    // "how do I get rid of", "how do I get to the office", "how do I get back my files": not a getting.
                    var next = k + 1 < words.Count ? words[k + 1] : null;
                    return next is not ("rid" or "to" or "back" or "out" or "started" or "round" or "around" or "there" or "here" or "home");
                }
            }
        }

        return false;
    }

    /// <summary>The word, or a typo of it when both are long enough that one letter cannot make another word.</summary>
    private static bool Is(HashSet<string> words, string word) =>
        words.Contains(word) || (word.Length >= 7 && words.Any(w => w.Length >= 7 && EditDistance.Bounded(word, w, 1) <= 1));
}
