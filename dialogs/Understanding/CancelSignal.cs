using ServiceDesk.Dialogs.Text;

namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// A cancel or "no longer needed" said anywhere in a message ("laisse tomber, c bon", "oublie, c'est bon", "ok never
/// mind"). A request's summary never reads such a message as its confirmation, whatever else it says ("c'est bon",
/// "ok"): confirming creates a ticket, and a message that also drops the request must not. A bare "c'est bon" confirms.
/// </summary>
internal static class CancelSignal
{
    /// <summary>Folded word sequences that drop what is in progress, in either language.</summary>
    private static readonly string[][] Phrases =
    [
        .. new[]
        {
            "cancel", "never mind", "nevermind", "nvm", "forget it", "forget about it", "forget this", "forget that", "forget the",
            "kill it", "kill this", "kill the request", "kill the form", "dont bother", "no longer need", "no longer needed", "dont need it", "dont need this", "not needed", "drop it", "scrap it",
            "laisse tomber", "laissez tomber", "laisse beton", "oublie", "oubliez", "oublions", "annule", "annuler", "annulez",
            "annulation", "plus besoin", "pas besoin", "plus la peine", "pas la peine", "tant pis", "abandonne", "abandonner",
        }.Select(p => p.Split(' ')),
    ];

    public static bool In(string? text)
    {
        var words = TextFolding.Words(text);
        for (var start = 0; start < words.Count; start++)
        {
            foreach (var phrase in Phrases)
            {
                if (start + phrase.Length <= words.Count && WordPhrases.At(words, start, phrase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
