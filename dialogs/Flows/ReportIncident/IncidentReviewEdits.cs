using System.Text.Json;
using ServiceDesk.Dialogs.Conversation;
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

    private static IncidentStep? Step(string? field)
    {
        var index = field is null ? -1 : IncidentCards.Fields.ToList().IndexOf(field);
        return index < 0 ? null : (IncidentStep)index;
    }
}
