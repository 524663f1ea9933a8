using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>
/// A question about using something under a condition is knowledge, not a request for it: "can I access the S: drive
/// from home", "does onedrive need the vpn", "is the HR portal available outside the office", "est-ce que le wifi invité
/// donne accès aux lecteurs réseau", "je peux ouvrir le dossier compta depuis chez moi ?". Three things together: the
/// message is asked (a question mark, or it opens as a yes/no question: "can", "does", "is", "est-ce que", "puis-je"),
/// it says a condition of use (a place, a device, a network, whether something is needed, available or allowed), and
/// the speaker asks for nothing to be given ("can I get access to X from home", "je peux avoir le VPN pour le
/// télétravail ?", "I need the S: drive, can I use it from home?" stay requests). A refusal quoted ("access denied")
/// is a missing access, never such a question; a question about the rule (who approves, whether a licence is needed)
/// is left to the router's rule questions.
/// </summary>
internal static partial class AccessNaming
{
    /// <summary>A yes/no question's first words: "can I", "does it", "is the", "est-ce que", "puis-je", "on peut".</summary>
    private static readonly PhraseIndex<bool> YesNoOpenings = Index(
    [
        "can i", "can we", "can you use", "could i", "could we", "may i", "may we", "am i", "are we", "are", "is", "does",
        "do", "did", "will", "would it", "should i", "should we", "est ce", "puis je", "peut on", "je peux", "on peut",
        "je pourrais", "pourrais je", "peux je", "y a t il", "faut il", "dois je", "doit on", "ai je", "a t on",
        "c est possible", "est il possible", "il est possible", "possible de", "ca marche", "ca fonctionne",
    ]);

    /// <summary>Greetings and fillers that may come before the question: "hi, can I…", "quick one - is it ok…".</summary>
    private static readonly HashSet<string> Lead = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "morning", "quick", "one", "question", "qq", "bonjour", "salut", "coucou", "hello", "petite",
        "svp", "please", "also", "and", "et", "aussi", "team", "all", "so", "alors", "dites", "dis",
    };

    /// <summary>
    /// Conditions of use: where from, on what, over which network, needed, available, allowed (both languages).
    /// </summary>
    private static readonly PhraseIndex<bool> Conditions = Index(
    [
        "from home", "at home", "from the house", "remotely", "remote", "outside", "off site", "offsite", "abroad",
        "overseas", "travelling", "traveling", "on the road", "from a hotel", "from the hotel", "on my phone", "from my phone",
        "on my mobile", "on my ipad", "on my tablet", "on a personal", "on my personal", "my own", "personal", "byod",
        "guest wifi", "guest network", "without the vpn", "without vpn", "without a vpn", "off the vpn", "need the vpn",
        "need vpn", "need a vpn", "needs the vpn", "needs vpn", "need to be on the vpn", "over the vpn", "via the vpn",
        "through the vpn", "on the vpn", "available", "accessible", "reachable", "allowed", "ok to", "okay to",
        "supposed to", "needed", "required",
        "depuis chez moi", "de chez moi", "chez moi", "a la maison", "de la maison", "depuis la maison", "a distance",
        "en teletravail", "hors du bureau", "en dehors", "a l exterieur", "de l exterieur", "depuis l exterieur",
        "en deplacement", "a l etranger", "depuis l hotel", "de l hotel", "sur mon telephone", "sur mon tel",
        "depuis mon telephone", "sur mon mobile", "sur mon ipad", "sur ma tablette", "perso", "personnel", "personnelle",
        "wifi invite", "reseau invite", "sans le vpn", "sans vpn", "avec le vpn", "via le vpn", "par le vpn", "sur le vpn",
        "besoin du vpn", "besoin d un vpn", "faut le vpn", "faut un vpn", "disponible", "accessible", "joignable",
        "autorise", "autorisee", "permis", "le droit",
    ]);

    /// <summary>
    /// A need asked about, not stated: "do I need", "does onedrive need", "est-ce que j'ai besoin", "faut-il". Its
    /// "need" / "besoin" is the question's, not the speaker's wish.
    /// </summary>
    private static readonly PhraseIndex<bool> NeedAskedAbout = Index(
    [
        "do i need", "do we need", "does it need", "do you need", "do i have to", "do we have to", "is it needed",
        "est ce que j ai besoin", "est ce qu on a besoin", "est ce qu il faut", "ai je besoin", "a t on besoin", "faut il",
        "est ce que je dois", "dois je",
    ]);

    /// <summary>
    /// Asking to be given something, in either language: "get", "have", "give me", "add me", "avoir", "obtenir",
    /// "m'ajouter", "I need", "je voudrais", "il me faut". "have to" is an obligation asked about, not a having.
    /// </summary>
    private static readonly PhraseIndex<bool> Acquiring = Index(
    [
        "get", "getting", "have", "obtain", "request", "order", "give me", "grant me", "add me", "be added", "set me up",
        "sign me up", "let me in", "let me into", "open for me", "for me", "i need", "we need", "i want", "we want",
        "i d like", "id like", "would like", "avoir", "obtenir", "me donner", "me donne", "me donnez", "donnez moi",
        "donne moi", "m ajouter", "ajoutez moi", "ajoute moi", "m ouvrir", "ouvrez moi", "ouvre moi", "me faut",
        "me faudrait", "j ai besoin", "voudrais", "aimerais", "souhaite", "souhaiterais", "veux", "pour moi",
    ]);

    /// <summary>Whether the message asks about using something under a condition rather than for the thing (see the part).</summary>
    internal static bool AsksAboutUse(string? text)
    {
        // Who decides, whether a licence or an approval is needed: the rule's questions, which the router answers with
        // the likely article and the request one click away.
        var words = TextFolding.Words(text).Select(WishSpelling.Repair).ToList();
        if (words.Count < 3 || Denials.Matches(words).Count > 0 || Unseen.Matches(words).Count > 0
            || RuleShape.AsksTheRule(text) || RuleShape.AsksWhetherNeeded(text))
        {
            return false;
        }

        var asked = text!.Contains('?', StringComparison.Ordinal) || OpensAsYesNo(words);
        if (!asked)
        {
            return false;
        }

        // "do I need the vpn": the need is the question's; "I need the S: drive, can I use it from home?" wishes.
        var needAsked = NeedAskedAbout.Spans(words).ToList();
        var outside = new bool[words.Count];
        foreach (var (_, start, length) in needAsked)
        {
            Array.Fill(outside, true, start, length);
        }

        var rest = words.Where((_, i) => !outside[i]).ToList();
        var obligation = rest.Select((w, i) => w == "have" && i + 1 < rest.Count && rest[i + 1] == "to").ToList();
        var acquiring = Acquiring.Spans(rest).Any(s => !(rest[s.Start] == "have" && obligation[s.Start]));
        return !acquiring && (needAsked.Count > 0 || Conditions.Matches(words).Count > 0);
    }

    /// <summary>The first words, after a greeting or "quick question", open a yes/no question.</summary>
    private static bool OpensAsYesNo(List<string> words)
    {
        var start = 0;
        while (start < words.Count && Lead.Contains(words[start]))
        {
            start++;
        }

        return YesNoOpenings.Spans(words).Any(s => s.Start == start);
    }
}
