namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// Words that never say what a message is about, taken out before its intent is read (by the rules and by the
/// classifier). Politeness: "Hello IT team, I hope you are well", "je me permets de vous écrire", "Kind regards, Helen",
/// "merci d'avance pour votre aide, cordialement" (a sign-off with the name after it) make a report sound like a
/// letter, not like a follow-up. And severity: how urgent a message is, or who else it affects, never says what it is about: "add me to the marketing site, it's
/// urgent" is an access request, "how do I add a printer, no rush" a question, "my tickets, the whole team is affected"
/// the list. The intent is read (by the rules and by the classifier) from the words left once such statements are taken
/// out; <see cref="StatedSeverity"/> still reads impact and urgency from the whole sentence. Only statements that carry
/// nothing else are taken out: urgency said in any wording ("urgent", "pas urgent", "au plus vite", "no rush", "can
/// wait"), and a group said to be affected ("the whole team is affected", "toute l'équipe est bloquée", "ça touche tout
/// le service"). "Nobody can print", "personne ne reçoit", "just me", "for everyone", "cant work" stay: they say what
/// is wrong or ask whether it is down for everyone.
/// </summary>
internal static class NeutralWords
{
    private static readonly PhraseTable<bool> Urgency = BuildUrgency();

    /// <summary>Greetings around a message and sign-offs; true: a sign-off, which takes the name after it.</summary>
    private static readonly PhraseTable<bool> Courtesy = BuildCourtesy();

    /// <summary>People, counted or grouped: the subject of "is affected", "est bloquée".</summary>
    private static readonly HashSet<string> GroupWords = new(StringComparer.Ordinal)
    {
        "team", "teams", "department", "dept", "floor", "office", "building", "site", "company", "colleagues", "coworkers", "staff",
        "users", "everyone", "everybody", "us", "people", "equipe", "equipes", "service", "services", "etage", "bureau",
        "batiment", "agence", "entreprise", "boite", "collegues", "utilisateurs", "monde", "nous", "gens", "personnel", "compta",
    };

    /// <summary>Being affected or held up, said of a group.</summary>
    private static readonly HashSet<string> AffectedWords = new(StringComparer.Ordinal)
    {
        "affected", "impacted", "blocked", "concerned", "stuck", "affecte", "affectee", "affectes", "affectees", "impacte",
        "impactee", "impactes", "impactees", "bloque", "bloquee", "bloques", "bloquees", "concerne", "concernee", "concernes",
        "concernees", "touche", "touchee", "touches", "touchees",
    };

    private static readonly HashSet<string> GroupDeterminers = new(StringComparer.Ordinal)
    {
        "the", "whole", "entire", "all", "my", "our", "every", "tout", "toute", "tous", "toutes", "le", "la", "l", "les", "mon",
        "ma", "mes", "notre", "nos",
    };

    private static readonly HashSet<string> Being = new(StringComparer.Ordinal) { "is", "are", "est", "sont", "being", "too", "aussi", "also", "all", "tous", "toutes" };

    /// <summary>
    /// The words without the statements of urgency and of a group affected; the words themselves when there are none,
    /// or when fewer than two words would be left (a message that is only "urgent !" keeps its word).
    /// </summary>
    public static IReadOnlyList<string> Strip(IReadOnlyList<string> words)
    {
        List<(int Start, int Length)>? spans = null;
        for (var i = 0; i < words.Count;)
        {
            var length = Urgency.LengthAt(words, i);
            if (length == 0 && Courtesy.LengthAt(words, i) is > 0 and var polite)
            {
                // A sign-off near the end takes the rest with it: the name that signs ("Kind regards, Helen").
                length = words.Count - (i + polite) <= 2 && Courtesy.ValueAt(words, i) ? words.Count - i : polite;
            }

            var start = i;
            if (length == 0 && GroupAffectedAt(words, i) is > 0 and var group)
            {
                // The group's quantifiers and determiners go with it ("the whole", "toute l'", "mon").
                var previousEnd = spans is { Count: > 0 } ? spans[^1].Start + spans[^1].Length : 0;
                while (start > previousEnd && GroupDeterminers.Contains(words[start - 1]))
                {
                    start--;
                }

                length = group + (i - start);
            }

            if (length > 0)
            {
                (spans ??= []).Add((start, length));
                i = start;
                i += length;
            }
            else
            {
                i++;
            }
        }

        if (spans is null)
        {
            return words;
        }

        var kept = new List<string>(words.Count);
        var next = 0;
        foreach (var (start, length) in spans)
        {
            for (var k = next; k < start; k++)
            {
                kept.Add(words[k]);
            }

            next = start + length;
        }

        for (var k = next; k < words.Count; k++)
        {
            kept.Add(words[k]);
        }

        return kept.Count >= 2 ? kept : words;
    }

    /// <summary>"the whole team is affected", "toute l'équipe est bloquée", "my colleagues are impacted too": group, a verb of being, affected.</summary>
    private static int GroupAffectedAt(IReadOnlyList<string> words, int at)
    {
        // From a group word, up to two verbs of being, then a word of being affected.
        if (!GroupWords.Contains(words[at]))
        {
            return 0;
        }

        var i = at + 1;
        var seenBeing = 0;
        while (i < words.Count && Being.Contains(words[i]) && seenBeing < 2)
        {
            i++;
            seenBeing++;
        }

        if (seenBeing == 0 || i >= words.Count || !AffectedWords.Contains(words[i]))
        {
            return 0;
        }

        return i + 1 - at;
    }

    private static PhraseTable<bool> BuildCourtesy()
    {
        var table = new PhraseTable<bool>();
        table.Add(true,
            "kind regards", "best regards", "warm regards", "regards", "many thanks", "thanks in advance", "thank you in advance",
            "thanks a lot", "thank you very much", "thanks for your help", "thank you for your help", "cheers", "best wishes",
            "cordialement", "bien cordialement", "merci d avance", "merci par avance", "merci pour votre aide", "merci de votre aide",
            "merci d avance pour votre aide", "merci pour ton aide", "en vous remerciant", "bien a vous", "salutations",
            "bonne journee", "have a nice day", "have a good day");
        table.Add(false,
            "i hope you are well", "hope you are well", "hope you re well", "hope youre well", "hope this finds you well",
            "i hope this finds you well", "i wanted to let you know that", "i wanted to let you know", "just to let you know",
            "je me permets de vous ecrire", "je me permets de vous contacter", "je me permets de vous solliciter",
            "j espere que vous allez bien", "je vous ecris car", "je vous contacte car");
        return table;
    }

    private static PhraseTable<bool> BuildUrgency()
    {
        var table = new PhraseTable<bool>();
        table.Add(true,
            "urgent", "urgently", "its urgent", "it s urgent", "it is urgent", "very urgent", "super urgent", "really urgent",
            "not urgent", "not very urgent", "not that urgent", "not really urgent", "nothing urgent", "no urgency", "asap",
            "as soon as possible", "emergency", "its critical", "it s critical", "it is critical", "critical", "high priority",
            "low priority", "top priority", "not a priority", "no rush", "no hurry", "not in a hurry", "not in a rush",
            "it can wait", "can wait", "when you have time", "when you get a chance", "when you have a moment",
            "whenever you can", "whenever you have time",
            "c est urgent", "c urgent", "tres urgent", "super urgent", "urgence", "en urgence", "urgemment", "pas urgent",
            "pas tres urgent", "pas si urgent", "c est pas urgent", "ce n est pas urgent", "rien d urgent", "aucune urgence",
            "pas d urgence", "sans urgence", "au plus vite", "des que possible", "le plus vite possible", "c est critique",
            "critique", "prioritaire", "pas prioritaire", "pas presse", "rien ne presse", "rien de presse", "ca peut attendre",
            "peut attendre", "quand vous aurez le temps", "quand vous pouvez", "quand vous pourrez", "quand vous avez le temps",
            "quand tu peux", "a l occasion");
        return table;
    }
}
