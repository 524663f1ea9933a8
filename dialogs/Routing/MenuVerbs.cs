namespace ServiceDesk.Dialogs.Routing;

/// <summary>The verbs of the welcome card's buttons (carried in the card data as "verb", see CardActions).</summary>
internal static class MenuVerbs
{
    public const string ReportIncident = "menu.reportIncident";
    public const string RequestAccess = "menu.requestAccess";
    public const string MyTickets = "menu.myTickets";
    public const string AskQuestion = "menu.askQuestion";
    public const string RequestSoftware = "menu.requestSoftware";
    public const string RequestHardware = "menu.requestHardware";
    public const string NewStarter = "menu.newStarter";

    public static IReadOnlyList<string> All { get; } = [ReportIncident, RequestAccess, MyTickets, AskQuestion, RequestSoftware, RequestHardware, NewStarter];
}
