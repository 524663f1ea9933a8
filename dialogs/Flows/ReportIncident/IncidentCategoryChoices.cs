using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Flows.ReportIncident;

/// <summary>
/// The category step's answer by meaning: the configured categories and their services (names in every language,
/// ids), their numbers and ordinals, typos forgiven; failing that, what the answer talks about ("my wifi keeps
/// dropping" is Network) as the recogniser reads it, when the catalogue has that category.
/// </summary>
internal sealed class IncidentCategoryChoices(IncidentCatalogue catalogue)
{
    private readonly Lazy<ChoiceMatcher> _matcher = new(() => new ChoiceMatcher(
        [.. catalogue.Categories.Select(c => new ChoiceOption(
            c.Id,
            [.. c.Name.Values],
            [c.Id.Replace('-', ' '), .. c.Services.SelectMany(s => s.Name.Values.Append(s.Id.Replace('-', ' ')))]))]));

    public CatalogueEntry? Match(string text, string? locale, bool lenient)
    {
        var match = _matcher.Value.Match(text);
        if (match.IsMatched)
        {
            return catalogue.Find(match.Value);
        }

        if (KeywordIntentRecognizer.Recognize(text, locale).CategoryHint is { } hinted && catalogue.Find(hinted) is { } topic)
        {
            return topic;
        }

        return lenient && match.Candidates.Count > 0 ? catalogue.Find(match.Candidates[0]) : null;
    }

    /// <summary>"Did you mean A or B?" when the answer fits two categories about as well; null otherwise.</summary>
    public string? DidYouMean(Texts texts, string text)
    {
        var candidates = IncidentChoices.Ambiguous(_matcher.Value, text);
        return candidates.Count < 2 ? null
            : texts.Get(TextKeys.IncidentDidYouMean, string.Join($" {texts.Get(TextKeys.IncidentOr)} ", candidates.Select(id => $"\"{catalogue.Find(id)!.NameIn(texts.Language)}\"")));
    }
}
