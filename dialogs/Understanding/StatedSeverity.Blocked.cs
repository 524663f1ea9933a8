using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Understanding;

// Urgency by how the work stands: blocked only in part ("it's blocking some work": Medium), work itself said blocked
// ("month end closing is blocked": High), or a way to keep working meanwhile ("I use the web version for now": Medium).
internal static partial class StatedSeverity
{
    private static readonly HashSet<string> BlockWords = Set("blocking", "blocks", "blocked", "bloque", "bloquee", "bloquees", "bloques", "bloquant", "bloquante");
    private static readonly HashSet<string> SomeWords = Set("some", "part", "partly", "partially", "certain", "certains", "certaines", "half", "partie", "moitie");

    /// <summary>Work that is blocked, not a person or an account: "month end closing is blocked", "la paie est bloquée".</summary>
    private static readonly HashSet<string> WorkNouns = Set(
        "work", "closing", "closure", "close", "cloture", "payroll", "paie", "invoicing", "billing", "facturation", "production",
        "shipping", "expeditions", "orders", "commandes", "deliveries", "livraisons", "operations", "activite", "sales", "ventes",
        "travail", "boulot", "business");
    private static readonly HashSet<string> Copulas = Set("is", "are", "was", "est", "sont", "completely", "totally", "fully", "completement", "totalement", "all", "toute", "tout");

    private static readonly HashSet<string> StopgapUse = Set("use", "using", "utilise", "utiliser", "borrow", "borrowed", "emprunte");
    private static readonly string[][] StopgapEnds =
    [
        ["for", "now"], ["instead"], ["meanwhile"], ["in", "the", "meantime"], ["en", "attendant"], ["pour", "l", "instant"],
        ["pour", "le", "moment"], ["a", "la", "place"],
    ];

    /// <summary>"it's blocking some work", "ça bloque une partie du travail": blocked, then only a part (Medium).</summary>
    private static (Urgency? Value, int Length) PartlyBlocked(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!BlockWords.Contains(words[i]))
            {
                continue;
            }

            for (var j = i + 1; j < words.Count && j <= i + 3; j++)
            {
                if (SomeWords.Contains(words[j]))
                {
                    return (Urgency.Medium, j - i + 1);
                }

                if (!NegationFillers.Contains(words[j]) && words[j] is not ("my" or "our" or "mon" or "notre" or "of" or "the"))
                {
                    break;
                }
            }
        }

        return (null, 0);
    }

    /// <summary>"month end closing is blocked", "la clôture est bloquée": work itself said blocked (High).</summary>
    private static (Urgency? Value, int Length) BlockedWork(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!WorkNouns.Contains(words[i]))
            {
                continue;
            }

            for (var j = i + 1; j < words.Count && j <= i + 3; j++)
            {
                if (BlockWords.Contains(words[j]) && words[j] != "blocking" && !(j + 1 < words.Count && SomeWords.Contains(words[j + 1])))
                {
                    return (Urgency.High, j - i + 1);
                }

                if (!Copulas.Contains(words[j]))
                {
                    break;
                }
            }
        }

        return (null, 0);
    }

    /// <summary>
    /// "they can use laptops for now", "j'utilise le web en attendant": a way to keep working (Medium). Weighed as one
    /// word, so an urgency said outright ("not urgent, I use an external one for now") wins.
    /// </summary>
    private static (Urgency? Value, int Length) Stopgap(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!StopgapUse.Contains(words[i]) || (i > 0 && Negators.Contains(words[i - 1])) || (i > 1 && Negators.Contains(words[i - 2])))
            {
                continue;
            }

            for (var k = i + 1; k < words.Count && k <= i + 6; k++)
            {
                if (StopgapEnds.Any(end => k + end.Length <= words.Count && end.Select((w, n) => words[k + n] == w).All(same => same)))
                {
                    return (Urgency.Medium, 1);
                }
            }
        }

        return (null, 0);
    }
}
