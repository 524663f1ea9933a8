using ServiceDesk.Dialogs.Text;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>
/// Giving up on the request in progress, said as a wish denied: "I don't want to do this anymore", "i dont wanna carry
/// on with this form", "no longer need it", "j'ai plus envie", "je veux plus faire ça", "j'ai pas envie de remplir ce
/// formulaire". The wish must have the doing or the request itself as its object, or none: "I don't want the old one
/// back" or "je ne veux plus de ce bruit" names a thing of the problem, so it stays an answer. By kinds of words
/// (folded: lower case, no accents, "don't" as "dont", "j'ai" as "j ai"), never a list of whole sentences.
/// </summary>
internal static class GivingUp
{
    /// <summary>A wish denied, as word sequences; the words before it may only be a subject ("i", "je", "j", "on").</summary>
    private static readonly string[][] Denied = Split(
        "dont want", "do not want", "dont wanna", "do not wanna", "dont really want", "dont feel like", "do not feel like",
        "no longer want", "dont need", "do not need", "no longer need", "dont have time", "dont have the time",
        "havent got time", "have no time", "got no time", "cant be bothered", "can t be bothered", "cannot be bothered",
        "cant be arsed",
        "ne veux plus", "ne veux pas", "veux plus", "veux pas", "ne veux vraiment plus", "veux vraiment plus",
        "n ai plus envie", "n ai pas envie", "ai plus envie", "ai pas envie", "plus envie", "pas envie",
        "n ai plus besoin", "ai plus besoin", "n ai pas besoin", "ai pas besoin", "plus besoin", "pas besoin",
        "n ai plus le temps", "ai plus le temps", "ai pas le temps", "n ai pas le temps",
        // No longer needed, said of the thing asked for ("no longer needed", "c'est plus la peine", "plus nécessaire").
        "no longer needed", "not needed", "not needed anymore", "no longer necessary",
        "plus la peine", "pas la peine", "plus necessaire",
        // "no longer need it" at the start of a message: "no" there is a filler, already taken off.
        "longer need", "longer needed");

    /// <summary>Who gives up, said before the wish.</summary>
    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal)
    {
        "i", "we", "really", "honestly", "just", "je", "j", "n", "en", "on", "nous", "moi", "franchement", "vraiment",
        // The thing asked for as the subject or object ("it's no longer needed", "j'l'ai plus besoin", texted "jlai",
        // "jen ai plus besoin", "c'est plus la peine").
        "it", "its", "is", "this", "that", "l", "jl", "jlai", "jen", "jai", "ai", "c", "est", "ce", "ca",
    };

    /// <summary>The doing: continuing, filling in, sending the request ("to carry on with", "de remplir", "d envoyer").</summary>
    private static readonly HashSet<string> Doing = new(StringComparer.Ordinal)
    {
        "to", "do", "doing", "continue", "continuing", "go", "going", "carry", "keep", "fill", "filling", "finish", "complete",
        "proceed", "bother", "deal", "report", "file", "submit", "send", "request", "open", "make", "answer", "waste", "spend",
        "time", "on", "in", "out", "with", "through", "up", "about", "any", "more", "anymore", "longer", "now", "after",
        "today", "at", "right", "here", "for", "anyway", "really", "thanks", "sorry",
        "de", "d", "faire", "continuer", "remplir", "finir", "terminer", "poursuivre", "envoyer", "signaler", "ouvrir",
        "repondre", "perdre", "passer", "mon", "temps", "en", "y", "m", "embeter", "occuper", "plus", "du", "maintenant",
        "finalement", "la", "aujourd", "hui", "avec", "pour",
    };

    /// <summary>Whether <paramref name="words"/> (folded, fillers off) is only a wish denied about the doing or the request.</summary>
    public static bool Is(List<string> words)
    {
        for (var start = 0; start < words.Count && start <= 3; start++)
        {
            if (start > 0 && !Subjects.Contains(words[start - 1]))
            {
                return false;
            }

            foreach (var denied in Denied)
            {
                if (start + denied.Length <= words.Count && WordPhrases.At(words, start, denied)
                    && words.Skip(start + denied.Length).All(w => Doing.Contains(w) || InterruptPhrases.CancelObjects.Contains(w)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string[][] Split(params string[] phrases) =>
        [.. phrases.Select(p => p.Split(' ')).OrderByDescending(p => p.Length)];
}
