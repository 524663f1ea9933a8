namespace ServiceDesk.Dialogs.Localization;

// The conversation engine's and the employee flows' keys (issue 4), in their own file so parallel work on
// other flows does not collide in TextKeys.cs.
public static partial class TextKeys
{
    public const string EngineIdleDropped = "engine.idleDropped";
    public const string EngineCancelled = "engine.cancelled";
    public const string EngineConflict = "engine.conflict";
    public const string EngineTooManyTries = "engine.tooManyTries";
    public const string EngineRetryButton = "engine.retryButton";
    public const string EngineMenuButton = "engine.menuButton";
    public const string EngineHumanButton = "engine.humanButton";
    public const string EngineHelp = "engine.help";
    public const string EngineRequired = "engine.required";
    public const string EngineFieldTooLong = "engine.fieldTooLong";
    public const string EngineFieldTooShort = "engine.fieldTooShort";
    public const string EngineWrongType = "engine.wrongType";
    public const string EngineNotAChoice = "engine.notAChoice";
    public const string EngineStartOver = "engine.startOver";
}
