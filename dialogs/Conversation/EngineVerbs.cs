namespace ServiceDesk.Dialogs.Conversation;

/// <summary>Verbs the engine itself answers, whatever dialog is active.</summary>
internal static class EngineVerbs
{
    /// <summary>Show the current step again (after too many failed tries).</summary>
    public const string Retry = "engine.retry";

    /// <summary>Leave the dialog and show the menu.</summary>
    public const string Menu = "engine.menu";

    /// <summary>Hand the conversation to a person (escalation).</summary>
    public const string Human = "escalation.start";
}
