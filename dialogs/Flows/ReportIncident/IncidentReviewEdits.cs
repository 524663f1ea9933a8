using System.Text.Json;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Flows.ReportIncident;

/// <summary>
/// Which step the summary sends back to: an Edit button's field, or typed "edit urgency", "change the title",
/// "modifier l'impact" (an edit word and a field's name, in English or French).
/// </summary>
internal static class IncidentReviewEdits
{
    private static readonly HashSet<string> EditWords = new(StringComparer.Ordinal)
    {
        "edit", "change", "modify", "fix", "correct", "update", "modifier", "changer", "corriger", "modifie", "change", "corrige",
    };

    private static readonly ChoiceMatcher FieldNames = new(
    [
        new("category", ["Category", "Catégorie"], ["type", "kind", "topic", "sujet", "domaine"]),
        new("title", ["Title", "Titre"], ["subject", "summary", "intitule", "objet", "resume"]),
        new("description", ["Description"], ["details", "detail", "text", "texte", "explanation", "explication"]),
        new("impact", ["Impact"], ["who is affected", "affected", "qui est touche", "touche"]),
        new("urgency", ["Urgency", "Urgence"], ["urgent", "blocked", "priority", "bloque", "priorite"]),
    ]);

    public static IncidentStep? FromCard(JsonElement data) => Step(CardForm.Field(data, IncidentVerbs.FieldField).Text);

    public static IncidentStep? FromText(string? typed)
    {
        var words = TextFolding.Words(typed);
        if (words.Count is 0 or > 6 || !words.Exists(EditWords.Contains))
        {
            return null;
        }

        var rest = string.Join(' ', words.Where(w => !EditWords.Contains(w)));
        return FieldNames.Match(rest) is { IsMatched: true } match ? Step(match.Value) : null;
    }

    /// <summary>Words that set a value rather than reopen a step ("set it to high", "mettez faible", "passe en urgent").</summary>
    private static readonly HashSet<string> SetWords = new(StringComparer.Ordinal)
    {
        "set", "make", "put", "mettez", "mets", "mettre", "passez", "passe", "passer",
    };

    /// <summary>Between the edit word and the value: the field's name and the little words around it.</summary>
    private static readonly HashSet<string> Between = new(StringComparer.Ordinal)
    {
        "the", "it", "to", "as", "into", "at", "my", "l", "la", "le", "en", "a", "au", "sur", "ca", "me", "moi", "plutot",
        "urgency", "urgence", "priority", "priorite", "impact", "instead", "please", "pls", "svp", "stp",
    };

    /// <summary>A value longer than this is a sentence, not an option ("change it to … because …" keeps its clause short).</summary>
    private const int MaxValueWords = 5;

    private static readonly HashSet<string> ImpactNames = new(StringComparer.Ordinal) { "impact", "affected", "touche", "touches" };

    /// <summary>
    /// A correction typed at the summary with its value: "wait, change the urgency to high, I have a demo in an hour",
    /// "non en fait c'est pas urgent, mettez faible". The clause with the edit word, its field's name and a value of no
    /// more than five words; the impact when the message names it, else the urgency. Null when no value is read, so
    /// "change the urgency" alone still reopens the step.
    /// </summary>
    public static (Impact? Impact, Urgency? Urgency)? ValueFromText(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var all = TextFolding.Words(typed);
        var impactNamed = all.Exists(ImpactNames.Contains);
        foreach (var clause in typed.Split([',', ';', '.', '!', '-', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            var words = TextFolding.Words(clause);
            var at = words.FindIndex(w => EditWords.Contains(w) || SetWords.Contains(w));
            if (at < 0)
            {
                continue;
            }

            var value = words.Skip(at + 1).SkipWhile(Between.Contains).ToList();
            if (value.Count is 0 or > MaxValueWords)
            {
                continue;
            }

            var text = string.Join(' ', value);
            if (impactNamed)
            {
                return IncidentChoices.ImpactOf(text) is { } impact ? (impact, null) : null;
            }

            if (IncidentChoices.UrgencyOf(text) is { } urgency)
            {
                return (null, urgency);
            }
        }

        return null;
    }

    private static IncidentStep? Step(string? field)
    {
        var index = field is null ? -1 : IncidentCards.Fields.ToList().IndexOf(field);
        return index < 0 ? null : (IncidentStep)index;
    }
}
