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
    private static readonly HashSet<string> EditWords = SummaryEdits.EditWords;

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

    /// <summary>The fields a correction typed with its value can set at once ("set the urgency to high", "mettez faible").</summary>
    public static readonly SummaryField ImpactField = new("impact", "impact", "affected", "who is affected", "qui est touche", "touche", "touches");

    public static readonly SummaryField UrgencyField = new("urgency", "urgency", "urgence", "priority", "priorite");

    /// <summary>A value longer than this is a sentence, not an option ("change it to … because …" keeps its clause short).</summary>
    private const int MaxValueWords = 5;

    /// <summary>
    /// A correction typed at the summary with its value: "wait, change the urgency to high, I have a demo in an hour",
    /// "non en fait c'est pas urgent, mettez faible", "the impact is everyone on the floor": the impact when named, else
    /// the urgency; taken at once and the summary shown again. A field named with a value it does not take reopens its
    /// step; null when no correction is read, so "change the urgency" alone still reopens the step (<see cref="FromText"/>).
    /// </summary>
    public static Step<IncidentState>? Correction(IncidentState state, string? typed) => SummaryCorrection.Apply(typed,
    [
        new SummaryTarget<IncidentState>(ImpactField, null,
            value => Short(value) && IncidentChoices.ImpactOf(value) is { } impact
                ? Step<IncidentState>.Ask(state with { Impact = impact, Refused = false }) : Step<IncidentState>.Retry(state, string.Empty),
            () => state with { Step = IncidentStep.Impact, Refused = false }),
        new SummaryTarget<IncidentState>(UrgencyField, null,
            value => Short(value) && IncidentChoices.UrgencyOf(value) is { } urgency
                ? Step<IncidentState>.Ask(state with { Urgency = urgency, Refused = false }) : Step<IncidentState>.Retry(state, string.Empty),
            () => state with { Step = IncidentStep.Urgency, Refused = false }, Unnamed: true),
    ]);

    private static bool Short(string value) => TextFolding.Words(value).Count <= MaxValueWords;

    private static IncidentStep? Step(string? field)
    {
        var index = field is null ? -1 : IncidentCards.Fields.ToList().IndexOf(field);
        return index < 0 ? null : (IncidentStep)index;
    }
}
