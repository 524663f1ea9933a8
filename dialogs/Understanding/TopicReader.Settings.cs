namespace ServiceDesk.Dialogs.Understanding;

// What counts less than the subject: a thing named as a setting ("in a Teams meeting", "sans le lien"), a remedy already
// tried ("déjà redémarré le poste"), a thing said to work ("but Teams works"); "since yesterday" is a moment, not a setting.
internal static partial class TopicReader
{
    /// <summary>Setting words that say when rather than where: "depuis hier Word plante" is about Word.</summary>
    private static readonly HashSet<string> TimeSettings = new(StringComparer.Ordinal) { "since", "depuis", "after", "apres" };

    /// <summary>Words of a moment: after "since"/"depuis" they end the setting, and what follows is the subject.</summary>
    private static readonly HashSet<string> Moments = new(StringComparer.Ordinal)
    {
        "yesterday", "today", "morning", "tonight", "hier", "aujourd", "hui", "matin", "soir", "ce", "this", "last", "week",
        "semaine", "monday", "tuesday", "wednesday", "thursday", "friday", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
    };

    /// <summary>Words before a thing that make it a setting, not the subject ("in", "during", "pendant", "lors de").</summary>
    private static readonly HashSet<string> Settings = new(StringComparer.Ordinal)
    {
        "in", "during", "while", "when", "into", "through", "via", "pendant", "dans", "lors", "durant", "avec", "with", "via",
        "from", "depuis", "using", "en", "after", "apres", "since",
        // What the subject arrives without is a part of it: "invites arrive without the Teams link".
        "without", "sans",
    };

    /// <summary>A remedy already tried ("j'ai déjà redémarré le poste", "already rebooted the laptop") is not the problem.</summary>
    private static readonly HashSet<string> Remedies = new(StringComparer.Ordinal) { "already", "deja", "tried", "essaye" };

    private static readonly HashSet<string> Works = new(StringComparer.Ordinal)
    {
        "works", "working", "work", "fine", "ok", "okay", "marche", "fonctionne", "fonctionnent", "marchent", "nickel",
    };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "dont", "doesnt", "isnt", "cant", "wont", "pas", "plus", "ne", "n", "never", "jamais",
        "stopped", "stops", "quit", "ceased", "arrete", "cesse",
    };

    /// <summary>"already rebooted the laptop", "déjà redémarré le poste": a remedy word one to three words before.</summary>
    private static bool AfterRemedy(IReadOnlyList<string> words, int start)
    {
        for (var k = start - 1; k >= Math.Max(0, start - 3); k--)
        {
            if (Remedies.Contains(words[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"in a Teams meeting", "pendant les réunions Teams": a setting word one to three words before.</summary>
    private static bool IsSetting(IReadOnlyList<string> words, int start)
    {
        for (var k = start - 1; k >= Math.Max(0, start - 3); k--)
        {
            if (Settings.Contains(words[k]))
            {
                // "since the update" sets; "depuis hier Word se ferme" says when, and Word is the subject.
                return !TimeSettings.Contains(words[k]) || !Enumerable.Range(k + 1, start - k - 1).Any(j => Moments.Contains(words[j]) || words[j].Any(char.IsAsciiDigit));
            }
        }

        return false;
    }

    /// <summary>"but Teams works", "teams marche": a working word right after, not negated.</summary>
    private static bool SaidToWork(IReadOnlyList<string> words, int after)
    {
        for (var k = after; k < Math.Min(words.Count, after + 2); k++)
        {
            if (Negations.Contains(words[k]))
            {
                return false;
            }

            if (Works.Contains(words[k]))
            {
                return k + 1 >= words.Count || !Negations.Contains(words[k + 1]);
            }
        }

        return false;
    }
}
