using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// Impact and urgency when the sentence states them ("the whole floor is affected", "only me", "je suis complètement
/// bloqué", "it can wait", "pas urgent"): listed phrases, and the kinds of words that state them in any wording
/// (StatedSeverity.Kinds.cs and the parts it names: a group of people, a head count, "only me", a negated urgency, a deadline, a later day).
/// The longest statement wins, so "not really urgent" is low, never "urgent"; two statements of the same length that
/// disagree leave the dimension unread. Nothing stated is null: the flow asks, which is better than a wrong pre-fill.
/// </summary>
internal static partial class StatedSeverity
{
    private static readonly PhraseTable<Impact> Impacts = BuildImpacts();
    private static readonly PhraseTable<Urgency> Urgencies = BuildUrgencies();

    public static IEnumerable<string> Words => Impacts.Words.Concat(Urgencies.Words).Concat(KindWords);

    public static Impact? ImpactOf(IReadOnlyList<string> words)
    {
        // "not only me", "not the whole floor" state no impact, and "office 365", "boîte mail" no place: no phrase is read there.
        var masked = Masked(words, [.. NegatedOnlyMe(words), .. NegatedGroups(words), .. NamedThings(words), .. NotAffected(words)]);
        return Pick<Impact>(
            Impacts.LongestWithLength(masked), ImpactCount.Read(words, inSentence: true), Group(words), Scope(words), OnlyMe(masked),
            NobodyUses(words), Executive(masked));
    }

    public static Urgency? UrgencyOf(IReadOnlyList<string> words)
    {
        // "not really urgent" is low: the negated word is hidden from the phrases, which would read "urgent".
        var negated = NegatedUrgency(words);
        var masked = Masked(words, negated);
        var low = negated.Count == 0 ? ((Urgency?)null, 0) : ((Urgency?)Urgency.Low, negated.Max(span => span.Length));
        return Pick<Urgency>(Urgencies.LongestWithLength(masked), low, Deadline(masked), Later(masked), PartlyBlocked(masked), BlockedWork(masked), Stopgap(masked));
    }

    /// <summary>The longest reading; null when none, or when the longest ones disagree.</summary>
    private static T? Pick<T>(params (T? Value, int Length)[] readings)
        where T : struct, Enum
    {
        var longest = readings.Where(r => r.Value is not null).DefaultIfEmpty().Max(r => r.Length);
        var values = readings.Where(r => r.Value is not null && r.Length == longest).Select(r => r.Value!.Value).Distinct().ToList();
        return values.Count == 1 ? values[0] : null;
    }

    private static PhraseTable<Impact> BuildImpacts()
    {
        var table = new PhraseTable<Impact>();
        table.Add(Impact.Low,
            "just me", "only me", "only affects me", "affects only me", "only for me", "just for me", "only my", "only mine",
            "nobody else", "no one else", "just my machine", "just my laptop", "just my pc", "only my laptop", "only my pc",
            "juste moi", "que moi", "seulement moi", "moi seul", "moi seulement", "uniquement moi", "que pour moi",
            "seulement pour moi", "uniquement pour moi", "gene que moi", "personne d autre", "concerne que moi", "touche que moi",
            "im the only one", "i m the only one", "i am the only one", "je suis le seul", "je suis la seule", "suis le seul",
            "suis la seule", "seul concerne", "seule concernee", "seul a avoir", "seule a avoir");
        table.Add(Impact.Medium,
            "my team", "our team", "my department", "our department",
            "my colleagues have", "my colleagues too", "my colleagues also", "several colleagues", "a few colleagues", "some colleagues", "couple of colleagues", "my coworkers",
            "several of us", "a few of us", "nobody in", "no one in", "everyone in", "everybody in",
            "mon equipe", "notre equipe", "mon service", "notre service",
            "mes collegues aussi", "mes collegues ont", "plusieurs collegues", "quelques collegues", "des collegues", "plusieurs d entre nous", "personne en",
            "personne au service", "personne dans l equipe", "tout le monde en", "tout le monde au service");
        // A whole team, department or service is the form's "a whole team or department, or more"; "my team" alone or
        // "nobody in my team" says no more than some colleagues, as the labelled batches read them.
        table.Add(Impact.High,
            "whole team", "entire team", "whole department", "entire department", "the whole team", "toute l equipe",
            "toute mon equipe", "tout le service", "toute la compta", "tout le departement");
        table.Add(Impact.High,
            "whole floor", "whole office", "whole building", "whole company", "whole site", "entire floor", "entire office",
            "entire building", "entire company", "everyone", "everybody", "nobody can connect", "nobody can print", "nobody can log in", "nobody can login", "nobody can work", "no one can connect", "no one can print", "no one can work", "nobody on", "no one on",
            "nobody at", "nobody is", "no one is", "all users", "all staff", "all of us", "several floors", "company wide",
            "the whole floor", "everyone in the office", "everyone in the building", "everyone on", "nobody in the office",
            "nobody in the building", "tout l etage", "tout le monde", "tout le batiment", "toute l entreprise", "tout le site",
            "toute la boite", "tous les utilisateurs", "personne ne peut", "personne n arrive", "personne ne recoit",
            "personne n a", "tout le bureau", "plusieurs etages", "tout le monde au bureau", "tous les bureaux", "tout le siege");
        return table;
    }

    private static PhraseTable<Urgency> BuildUrgencies()
    {
        var table = new PhraseTable<Urgency>();
        table.Add(Urgency.Low,
            "not urgent", "not very urgent", "not that urgent", "nothing urgent", "no rush", "no hurry", "it can wait", "can wait",
            "when you have time", "when you get a chance", "when you can", "low priority", "not a priority",
            "not critical", "not blocking", "no urgency", "not a big deal", "no big deal", "not important", "minor",
            "pas urgent", "pas tres urgent", "pas si urgent", "rien d urgent", "pas presse", "rien ne presse", "ca peut attendre",
            "peut attendre", "quand vous aurez le temps", "quand vous pouvez", "quand vous pourrez", "pas prioritaire",
            "pas bloquant", "pas grave", "pas d urgence", "aucune urgence", "sans urgence", "pas critique",
            "whenever you can", "whenever you get", "whenever you have", "whenever you want", "whenever you like", "whenever works",
            "whenever is fine", "when you have a moment", "when you have a minute",
            "not in a hurry", "not in a rush", "quand vous voulez", "quand tu peux", "quand tu veux", "quand vous avez un moment",
            "quand vous aurez un moment", "a l occasion", "rien de presse", "pas pressant");
        table.Add(Urgency.Medium,
            "part of my work", "partly blocked", "partially blocked", "slows me down", "slowing me down", "i can work around",
            "can work around", "there is a workaround", "workaround", "still work", "can still work", "une partie de mon travail",
            "en partie bloque", "partiellement bloque", "ca me ralentit", "me ralentit", "je peux contourner", "peux contourner",
            "je peux quand meme travailler", "peux encore travailler", "contournement", "can keep working", "can carry on working",
            "can continue working", "peux continuer a travailler", "peux continuer de travailler");
        table.Add(Urgency.High,
            "urgent", "urgently", "asap", "emergency", "its critical", "is critical", "business critical", "cant work", "cannot work", "unable to work", "cant do anything",
            "cant do my job", "completely blocked", "totally blocked", "fully blocked", "im blocked", "i am blocked",
            "work is blocked", "all my work is blocked", "dead in the water", "production down", "client demo", "deadline", "cant work at all",
            "nothing works", "am blocked", "are blocked", "everything is blocked",
            "urgence", "urgemment", "au plus vite", "c est critique", "bloquant", "je suis bloque",
            "suis bloque", "completement bloque", "totalement bloque", "travail est bloque", "tout est bloque",
            "peux plus travailler", "peux pas travailler", "peux plus bosser", "peux pas bosser", "peux rien faire",
            "peux plus rien faire", "peux plus rien", "ne peux rien", "demo client", 
            "tout mon travail est bloque", "rien ne marche", "rien ne fonctionne", "en urgence", "tres urgent", "super urgent",
            // Stuck or at a standstill is blocked in other words ("I'm stuck", "on est tous à l'arrêt").
            "im stuck", "i m stuck", "i am stuck", "we re stuck", "we are stuck", "totally stuck", "completely stuck",
            "at a standstill", "standstill", "ground to a halt", "je suis coince", "suis coincee", "on est coinces", "tous a l arret",
            "on est a l arret", "sommes a l arret", "tout est a l arret", "a l arret total", "on est bloques", "sommes bloques", "nous sommes bloques", "tous bloques");
        return table;
    }
}
