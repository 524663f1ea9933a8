using System.Text.Json.Serialization;

namespace ServiceDesk.Cards;

/// <summary>A button. Named AdaptiveAction so it does not clash with the dialogs' CardAction (what a button press becomes).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
public abstract record AdaptiveAction
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public ActionStyle? Style { get; init; }

    /// <summary>What a client that cannot run this action shows instead.</summary>
    public AdaptiveAction? Fallback { get; init; }
}
