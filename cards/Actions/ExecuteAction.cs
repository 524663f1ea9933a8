using System.Text.Json.Nodes;

namespace ServiceDesk.Cards;

/// <summary>Action.Execute (Universal Actions): Teams sends an <c>adaptiveCard/action</c> invoke and shows the card the bot answers with.</summary>
public sealed record ExecuteAction(string Verb) : AdaptiveAction
{
    public JsonObject? Data { get; init; }

    /// <summary>"auto" (default in Teams) or "none": which inputs travel with the action.</summary>
    public string? AssociatedInputs { get; init; }
}

/// <summary>Action.Submit: arrives as a message whose <c>value</c> is the data merged with the inputs.</summary>
public sealed record SubmitAction : AdaptiveAction
{
    public JsonObject? Data { get; init; }
    public string? AssociatedInputs { get; init; }
}

/// <summary>Opens a link in the browser.</summary>
public sealed record OpenUrlAction(string Url) : AdaptiveAction;

/// <summary>Reveals a nested card (e.g. a comment box before "Reject").</summary>
public sealed record ShowCardAction(AdaptiveCard Card) : AdaptiveAction;
