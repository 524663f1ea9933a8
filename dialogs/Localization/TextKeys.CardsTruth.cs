namespace ServiceDesk.Dialogs.Localization;

// Issues 16 and 18, what was left of them (a step answered by typing, the ticket list's refresh, the withdrawn new
// starter, the welcome menu's requests, the new starter's approver reason): keys in their own block at the end of
// en.json and fr.json.
public static partial class TextKeys
{
    public const string EngineAnsweredTyped = "engine.answeredTyped";
}
