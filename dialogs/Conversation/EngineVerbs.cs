namespace ServiceDesk.Dialogs.Conversation;

/// <summary>Verbs the engine itself answers, whatever dialog is active.</summary>
internal static class EngineVerbs
{
    /// <summary>Show the current step again (after too many failed tries).</summary>
    public const string Retry = "engine.retry";

    /// <summary>Leave the dialog and show the menu.</summary>
    public const string Menu = "engine.menu";

    /// <summary>Bring back the request put aside by a topic switch, at the step it was at.</summary>
    public const string Resume = "engine.resume";

    /// <summary>Drop the request put aside.</summary>
    public const string Discard = "engine.discard";

    /// <summary>Hand the conversation to a person (escalation).</summary>
    public const string Human = "escalation.start";
}
