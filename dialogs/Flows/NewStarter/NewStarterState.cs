namespace ServiceDesk.Dialogs.Flows.NewStarter;

/// <summary>The steps of the new-starter flow, in order; a step whose answer the first message gave is skipped.</summary>
internal enum NewStarterStep { Who, StartDate, Items, Confirm, Done }

/// <summary>
/// The new-starter flow's state, saved after every turn: who starts (<see cref="Name"/>, <see cref="Email"/> if known),
/// when, and the catalogue ids of what they need. <see cref="Unclear"/> holds what was typed for an item but matched
/// nothing clearly, said back at the items step.
/// </summary>
internal sealed record NewStarterState(
    NewStarterStep Step,
    string? Name = null,
    string? Email = null,
    DateOnly? StartDate = null,
    IReadOnlyList<string>? Items = null,
    IReadOnlyList<string>? Unclear = null,
    bool Editing = false)
{
    /// <summary>The first step still unanswered (the summary once all are known, or after an edit).</summary>
    public NewStarterState Next() => this with
    {
        Step = Name is null ? NewStarterStep.Who
            : StartDate is null ? NewStarterStep.StartDate
            : Items is not { Count: > 0 } ? NewStarterStep.Items
            : NewStarterStep.Confirm,
    };
}
