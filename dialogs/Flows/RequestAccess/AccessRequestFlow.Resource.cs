using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using static ServiceDesk.Dialogs.Flows.RequestAccess.AccessRequestCards;

namespace ServiceDesk.Dialogs.Flows.RequestAccess;

// The resource: taken when the catalogue is sure, "Did you mean …?" when it is close, "not in the catalogue" when
// nothing is like it. Never a silent guess: what was understood is said before the next step.
internal sealed partial class AccessRequestFlow
{
    private Step<AccessRequestState> Resource(AccessRequestState state, string text, bool fromCard, Texts texts)
    {
        if (fromCard)
        {
            // A card sends a resource id; anything else is not from our card.
            return catalogue.Find(text) is { } picked && catalogue.Of(part).Contains(picked)
                ? Step<AccessRequestState>.Ask(Chosen(state, picked))
                : Step<AccessRequestState>.Retry(state, texts.Get(AccessTextKeys.ResourceUnknown, Quote(text)));
        }

        var offered = Offered(state, catalogue, part);
        if (AccessAnswers.Number(text, offered.Count) is { } index)
        {
            return Step<AccessRequestState>.Ask(Chosen(state, offered[index]));
        }

        if (state.View == ResourceView.DidYouMean && DidYouMean(state, text, offered, texts) is { } answered)
        {
            return answered;
        }

        return Named(state, text, texts, fromCatalogue: true);
    }

    /// <summary>
    /// An answer to "Did you mean …?": a candidate by place, name or alias ("the second one", "le premier", a typo of its
    /// name), "none of these", yes to a single candidate; null when it names none of them (then the whole catalogue is searched).
    /// </summary>
    private Step<AccessRequestState>? DidYouMean(AccessRequestState state, string text, IReadOnlyList<AccessResource> offered, Texts texts)
    {
        var choice = AccessChoices.Candidates(offered).Match(text);
        if (!choice.IsMatched && AccessChoices.NoneOfThese.Match(text).IsMatched)
        {
            return Step<AccessRequestState>.Ask(state with { View = ResourceView.Catalogue, Candidates = null });
        }

        var picked = choice.IsMatched ? catalogue.Find(choice.Value)
            : offered.Count == 1 && AccessChoices.YesNo.Match(text) is { IsMatched: true, Value: "yes" } ? offered[0]
            : catalogue.Match(part, text, offered).Single;
        return picked is null ? null : Step<AccessRequestState>.Ask(Chosen(state, picked), Understood(texts, picked));
    }

    /// <summary>What a message names: taken with a note, asked about, or said to be missing (a retry when already on the list).</summary>
    private Step<AccessRequestState> Named(AccessRequestState state, string text, Texts texts, bool fromCatalogue)
    {
        var match = catalogue.Match(part, text);
        var asked = Quote(text);
        return match.Kind switch
        {
            AccessMatchKind.Clear => Step<AccessRequestState>.Ask(Chosen(state, match.Single!), Understood(texts, match.Single!)),
            AccessMatchKind.Near => Step<AccessRequestState>.Ask(state with { View = ResourceView.DidYouMean, Candidates = [.. match.Candidates.Select(r => r.Id)], Asked = asked }),
            _ when !match.NamedSomething && !fromCatalogue => Step<AccessRequestState>.Ask(state),
            _ when fromCatalogue => Step<AccessRequestState>.Retry(state with { View = ResourceView.Catalogue, Candidates = null, ResourceRefused = true }, texts.Get(AccessTextKeys.For(part, AccessTextKeys.ResourceUnknown), asked)),
            _ => Step<AccessRequestState>.Ask(state with { View = ResourceView.NotFound, Candidates = null, Asked = asked }),
        };
    }

    /// <summary>The resource is known: its level when it has one, or the one the first message named; then the next unanswered step.</summary>
    private static AccessRequestState Chosen(AccessRequestState state, AccessResource resource)
    {
        // A software or hardware item has no level: empty, so the level step is never asked.
        var level = resource.IsItem ? string.Empty
            : resource.Levels.Count == 1 ? resource.Levels[0] : resource.Level(state.Level) ?? resource.Level(state.StatedLevel);
        return (state with { ResourceId = resource.Id, Candidates = null, View = ResourceView.Catalogue, Asked = null, Level = level, ResourceRefused = false }).Next();
    }

    private static string Understood(Texts texts, AccessResource resource) =>
        texts.Get(AccessTextKeys.Understood, resource.Name.For(texts.Language), texts.Get(AccessTextKeys.KindPrefix + resource.Kind));

    /// <summary>"From your message I also took: …" for the level, end date and reason read from the first message.</summary>
    private static string? Took(Texts texts, AccessRequestState? state, AccessFirstMessage first)
    {
        var parts = new List<string>();
        if (first.Level is { } level && (state?.ResourceId is null || state.Level == level))
        {
            parts.Add(texts.Get(AccessTextKeys.TookLevel, AccessDisplay.Level(level, texts)));
        }

        if (first.EndDate is { } end)
        {
            parts.Add(texts.Get(AccessTextKeys.TookEndDate, AccessDisplay.Date(end, texts)));
        }

        if (first.Justification is not null)
        {
            parts.Add(texts.Get(AccessTextKeys.TookReason));
        }

        return parts.Count == 0 ? null : texts.Get(AccessTextKeys.Took, string.Join(", ", parts));
    }
}
