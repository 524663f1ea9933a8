namespace ServiceDesk.Dialogs.Flows.RequestAccess;

/// <summary>The steps of the request-access flow, in order.</summary>
internal enum AccessStep { Resource, Level, Justification, EndDate, Confirm, Done }

/// <summary>How the resource step is shown: the whole catalogue by kind, "Did you mean …?", or "not in the catalogue".</summary>
internal enum ResourceView { Catalogue, DidYouMean, NotFound }

/// <summary>
/// The request-access flow's state, saved after every turn: the step it is on and the answers so far.
/// <see cref="Candidates"/> are the resources of a "Did you mean …?"; <see cref="StatedLevel"/> is a level the first
/// message named before the resource was known; <see cref="EndDateKnown"/> tells "permanent" from "not asked yet".
/// </summary>
internal sealed record AccessRequestState(
    AccessStep Step,
    string? ResourceId = null,
    string? Level = null,
    string? Justification = null,
    DateOnly? EndDate = null,
    IReadOnlyList<string>? Candidates = null,
    ResourceView View = ResourceView.Catalogue,
    string? Asked = null,
    string? StatedLevel = null,
    bool EndDateKnown = false)
{
    /// <summary>The level step refused an answer once: the next try takes the closest level rather than refuse again.</summary>
    public bool LevelRefused { get; init; }

    /// <summary>The resource step refused a typed name: the offered resources come as numbered buttons too.</summary>
    public bool ResourceRefused { get; init; }

    /// <summary>The first step still unanswered after the resource: what is already known is not asked again.</summary>
    public AccessRequestState Next() => this with
    {
        Step = ResourceId is null ? AccessStep.Resource
            : Level is null ? AccessStep.Level
            : Justification is null ? AccessStep.Justification
            : !EndDateKnown ? AccessStep.EndDate
            : AccessStep.Confirm,
    };
}
