namespace ServiceDesk.Dialogs.Localization;

// Issues 16 and 18, what was left of them (a step answered by typing, the ticket list's refresh, the withdrawn new
// starter, the welcome menu's requests, the new starter's approver reason): keys in their own block at the end of
// en.json and fr.json.
public static partial class TextKeys
{
    public const string EngineAnsweredTyped = "engine.answeredTyped";
    public const string WelcomeMore = "welcome.more";
    public const string WelcomeRequestSoftwareTitle = "welcome.requestSoftware.title";
    public const string WelcomeRequestSoftwareDescription = "welcome.requestSoftware.description";
    public const string WelcomeRequestHardwareTitle = "welcome.requestHardware.title";
    public const string WelcomeRequestHardwareDescription = "welcome.requestHardware.description";
    public const string WelcomeNewStarterTitle = "welcome.newStarter.title";
    public const string WelcomeNewStarterDescription = "welcome.newStarter.description";
}
