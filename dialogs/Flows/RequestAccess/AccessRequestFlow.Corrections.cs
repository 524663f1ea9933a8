using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Understanding;
using static ServiceDesk.Dialogs.Flows.RequestAccess.AccessRequestCards;

namespace ServiceDesk.Dialogs.Flows.RequestAccess;

// A correction typed at the summary ("change the reason to …", "make it until the end of June", "oh it's the HR site I
// meant, not Finance"): each value goes to the step it belongs to, as if typed there.
internal sealed partial class AccessRequestFlow
{
    private static readonly SummaryField ResourceNames = new(ResourceField,
        "resource", "ressource", "access", "acces", "site", "application", "app", "item", "software", "logiciel", "equipment", "materiel", "article");

    private static readonly SummaryField LevelNames = new(LevelField, "level", "access level", "niveau", "niveau d acces", "rights", "droits", "permission", "permissions");

    private static readonly SummaryField JustificationNames = new(JustificationField,
        "justification", "reason", "business reason", "raison", "motif", "why", "pourquoi", "justif");

    private static readonly SummaryField EndDateNames = new(EndDateField,
        "end date", "date de fin", "expiry", "expiry date", "expiration", "date d expiration", "date", "fin", "end");

    /// <summary>A correction typed at the summary, or null when the message is not one.</summary>
    private Step<AccessRequestState>? Correction(DialogContext context, AccessRequestState state, string? typed)
    {
        var texts = context.Texts;
        var resource = catalogue.Find(state.ResourceId);
        var targets = new List<SummaryTarget<AccessRequestState>>
        {
            new(ResourceNames, resource?.Name.For(texts.Language),
                value => Resource(state with { Step = AccessStep.Resource, View = ResourceView.Catalogue, Candidates = null }, value, fromCard: false, texts),
                () => state with { Step = AccessStep.Resource, View = ResourceView.Catalogue, Candidates = null }),
            new(JustificationNames, state.Justification, value => Justification(state with { Step = AccessStep.Justification }, value, texts),
                () => state with { Step = AccessStep.Justification }, FreeText: true),
        };
        if (!ForItems)
        {
            // A date said alone is the end date's ("make it until the end of March").
            targets.Add(new(EndDateNames, state.EndDate is { } end ? AccessDisplay.Date(end, texts) : null,
                value => SummaryCorrection.DateAnswer(value, v => EndDate(context, state with { Step = AccessStep.EndDate }, new FormValue(v, false), fromCard: false)),
                () => state with { Step = AccessStep.EndDate }, Unnamed: true));
        }

        if (resource?.Levels.Count > 1)
        {
            targets.Add(new(LevelNames, state.Level is { Length: > 0 } level ? AccessDisplay.Level(level, texts) : null,
                value => Level(state with { Step = AccessStep.Level, LevelRefused = false }, value, fromCard: false, texts),
                () => state with { Step = AccessStep.Level }, Unnamed: true));
        }

        return SummaryCorrection.Apply(typed, targets);
    }
}
