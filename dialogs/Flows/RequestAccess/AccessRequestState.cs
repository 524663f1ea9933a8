namespace ServiceDesk.Dialogs.Flows.RequestAccess;

/// <summary>The steps of the request-access flow, in order.</summary>
internal enum AccessStep { Resource, Level, Justification, EndDate, Confirm, Done }

/// <summary>
/// The request-access flow's state, saved after every turn: the step it is on and the answers so far.
/// <see cref="Candidates"/> narrows the resource list after a typed name matched several resources.
/// </summary>
internal sealed record AccessRequestState(
    AccessStep Step,
    string? ResourceId = null,
    string? Level = null,
    string? Justification = null,
    DateOnly? EndDate = null,
    IReadOnlyList<string>? Candidates = null);
