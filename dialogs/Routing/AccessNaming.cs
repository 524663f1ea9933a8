using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>
/// The recogniser knows no catalogue: "visio pls", "il me faut MS Project pour les plannings" match none of its cues and
/// would go to the knowledge base. A message it could not place (the fallback, or a weak guess) that names one
/// resource of the access catalogue clearly, as a wish ("need", "il me faut", "pls") rather than a fault, is a request
/// for it. The catalogue's names and aliases are what the administrator configured, so a new resource is understood
/// here without touching the recogniser.
/// </summary>
internal static class AccessNaming
{
    /// <summary>A guess weaker than this may be overruled by a clear catalogue match.</summary>
    private const double WeakGuess = 0.5;

    private static readonly PhraseIndex<bool> Wishes = Build();

    public static Recognition Upgrade(string? text, Recognition recognition, AccessCatalogue? catalogue)
    {
        ArgumentNullException.ThrowIfNull(recognition);
        if (catalogue is null || recognition.Intent is not (Intent.Question or Intent.ReportIncident))
        {
            return recognition;
        }

        var words = TextFolding.Words(text);
        if (recognition.Intent == Intent.Question && Openings.Matches(words).Count > 0 && catalogue.Matcher.Match(text).Kind != AccessMatchKind.None)
        {
            // Asking to see, open or use a resource the catalogue names ("can I look at the HR portal") is asking for it;
            // when several resources are near, the request asks which one rather than the knowledge base saying nothing.
            return recognition with { Intent = Intent.RequestAccess, Confidence = Math.Max(recognition.Confidence, WeakGuess) };
        }

        if (recognition.Intent == Intent.ReportIncident && Openings.Matches(words).Count > 0
            && (Denials.Matches(words).Count > 0 || recognition.Confidence < WeakGuess)
            && catalogue.Matcher.Match(text).Kind != AccessMatchKind.None)
        {
            // Asking to see a resource the catalogue names and being refused ("can I look at the HR portal? it says
            // I'm not allowed") is no fault of the resource: the access is missing. A weak guess of a fault is overruled too.
            return recognition with { Intent = Intent.RequestAccess, Confidence = Math.Max(recognition.Confidence, WeakGuess) };
        }

        var wished = Wishes.Matches(words).Count > 0;
        var weak = recognition.IsFallback || (recognition.Confidence < WeakGuess && wished);
        if (!weak || (!wished && words.Count > 3) || catalogue.Matcher.Match(text).Kind != AccessMatchKind.Clear)
        {
            return recognition;
        }

        return recognition with { Intent = Intent.RequestAccess, Confidence = Math.Max(recognition.Confidence, WeakGuess) };
    }

    /// <summary>Ways to ask to see, open or use something, in either language.</summary>
    private static readonly PhraseIndex<bool> Openings = Index(
    [
        "can i see", "could i see", "can i view", "could i view", "can i open", "could i open", "can i use", "could i use",
        "can i look at", "let me see", "let me into", "let me in", "i d like to see", "id like to see", "need to see", "want to see",
        "need to open", "need to use", "be able to see", "be able to open", "be able to use", "view the", "get into",
        "je peux voir", "puis je voir", "je pourrais voir", "je peux ouvrir", "puis je ouvrir", "je peux consulter",
        "puis je consulter", "je peux utiliser", "puis je utiliser", "pouvoir voir", "pouvoir consulter", "pouvoir ouvrir",
        "pouvoir utiliser", "acceder a", "acceder au", "acceder aux", "avoir acces", "voir les", "consulter les",
        "can i browse", "could i browse", "can i get into", "i d like to look at", "id like to look at", "let me look at",
        "j aimerais voir", "je voudrais voir", "j aimerais consulter", "je voudrais consulter", "j aimerais ouvrir",
        "je voudrais ouvrir", "je voudrais regarder", "j aimerais regarder",
    ]);

    /// <summary>Being refused, in either language: what people quote when an access is missing.</summary>
    private static readonly PhraseIndex<bool> Denials = Index(
    [
        "access denied", "not allowed", "no permission", "no permissions", "dont have permission", "do not have permission",
        "not authorised", "not authorized", "no access", "dont have access", "forbidden", "acces refuse", "acces interdit",
        "pas les droits", "pas le droit", "pas autorise", "pas autorisee", "pas acces", "non autorise", "droits insuffisants",
    ]);

    private static PhraseIndex<bool> Index(string[] phrases)
    {
        var index = new PhraseIndex<bool>();
        foreach (var phrase in phrases)
        {
            index.Add(phrase, true);
        }

        return index;
    }

    private static PhraseIndex<bool> Build()
    {
        var index = new PhraseIndex<bool>();
        foreach (var phrase in (string[])
        [
            "need", "needs", "needed", "want", "wanna", "get", "give", "grant", "add me", "request", "pls", "please", "plz",
            "licence", "license", "access", "so i can", "to be able to", "new joiner", "new starter", "joining",
            "besoin", "il me faut", "il me faudrait", "faut", "voudrais", "veux", "donner", "ajoutez moi", "ajoute moi",
            "svp", "stp", "licence", "acces", "pour pouvoir", "nouvel arrivant", "nouvelle arrivante", "je dois",
        ])
        {
            index.Add(phrase, true);
        }

        return index;
    }
}
