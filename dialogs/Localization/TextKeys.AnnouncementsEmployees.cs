namespace ServiceDesk.Dialogs.Localization;

// What employees read of outage announcements (issue 6, employees' side): reactions, the list, "it's fixed".
public static partial class TextKeys
{
    public const string AnnouncementsCardCounts = "announcements.card.counts";
    public const string AnnouncementsEmployeeAffected = "announcements.employee.affected";
    public const string AnnouncementsEmployeeAffectedAlready = "announcements.employee.affectedAlready";
    public const string AnnouncementsEmployeeAcknowledged = "announcements.employee.acknowledged";
    public const string AnnouncementsEmployeeAcknowledgedAlready = "announcements.employee.acknowledgedAlready";
    public const string AnnouncementsEmployeeOver = "announcements.employee.over";
    public const string AnnouncementsEmployeeUnknown = "announcements.employee.unknown";
    public const string AnnouncementsEmployeeListIntro = "announcements.employee.listIntro";
    public const string AnnouncementsEmployeeFixed = "announcements.employee.fixed";
    public const string AnnouncementsEmployeeFixedNote = "announcements.employee.fixedNote";
    public const string AnnouncementsLinksResolutionNote = "announcements.links.resolutionNote";
    public const string IncidentOutageOver = "incident.outageOver";
}
