namespace ServiceDesk.Dialogs.Localization;

/// <summary>Every text key, so code never spells one by hand. Each exists in en.json and fr.json (a test checks both ways).</summary>
public static partial class TextKeys
{
    public const string ErrorApology = "error.apology";
    public const string InvokeUnknownAction = "invoke.unknownAction";
    public const string InvokeStaleCard = "invoke.staleCard";
    public const string MessageTooLong = "message.tooLong";
    public const string MessageEmpty = "message.empty";

    public const string WelcomeGreeting = "welcome.greeting";
    public const string WelcomeGreetingNoName = "welcome.greetingNoName";
    public const string WelcomeIntro = "welcome.intro";
    public const string WelcomeReportIncidentTitle = "welcome.reportIncident.title";
    public const string WelcomeReportIncidentDescription = "welcome.reportIncident.description";
    public const string WelcomeRequestAccessTitle = "welcome.requestAccess.title";
    public const string WelcomeRequestAccessDescription = "welcome.requestAccess.description";
    public const string WelcomeMyTicketsTitle = "welcome.myTickets.title";
    public const string WelcomeMyTicketsDescription = "welcome.myTickets.description";
    public const string WelcomeAskQuestionTitle = "welcome.askQuestion.title";
    public const string WelcomeAskQuestionDescription = "welcome.askQuestion.description";
    public const string WelcomeHint = "welcome.hint";

    public const string MenuReportIncidentNote = "menu.reportIncident.note";
    public const string MenuRequestAccessNote = "menu.requestAccess.note";
    public const string MenuMyTicketsNote = "menu.myTickets.note";
    public const string MenuAskQuestionNote = "menu.askQuestion.note";

    public const string FallbackMenu = "fallback.menu";
    public const string CancelNothing = "cancel.nothing";
    public const string ChannelHello = "channel.hello";
}
