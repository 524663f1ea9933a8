namespace ServiceDesk.Dialogs.Localization;

// Announcement audiences from the directory (prefix "announcements.audience."), and the app installed for them, in
// their own file so parallel work does not collide in TextKeys.cs.
public static partial class TextKeys
{
    public const string GraphSetupAppInstallation = "graph.setup.appInstallation";
    public const string AudienceEveryoneKnown = "announcements.audience.everyoneKnown";
    public const string AudienceDepartment = "announcements.audience.department";
    public const string AudienceOffice = "announcements.audience.office";
    public const string AudienceGroup = "announcements.audience.group";
    public const string AudienceValueLabel = "announcements.audience.valueLabel";
    public const string AudienceGraphOff = "announcements.audience.graphOff";
    public const string AudienceOfDepartment = "announcements.audience.ofDepartment";
    public const string AudienceOfOffice = "announcements.audience.ofOffice";
    public const string AudienceOfGroup = "announcements.audience.ofGroup";
    public const string AudienceOrganisation = "announcements.audience.organisation";
    public const string AudienceOfOrganisation = "announcements.audience.ofOrganisation";
    public const string AudienceReachEveryone = "announcements.audience.reachEveryone";
    public const string AudienceInstallOn = "announcements.audience.installOn";
    public const string AudienceInstallOff = "announcements.audience.installOff";
    public const string AudienceProblemEmpty = "announcements.audience.problemEmpty";
    public const string AudienceProblemNotFound = "announcements.audience.problemNotFound";
    public const string AudienceProblemNobody = "announcements.audience.problemNobody";
    public const string AudienceProblemDenied = "announcements.audience.problemDenied";
    public const string AudienceProblemUnavailable = "announcements.audience.problemUnavailable";
    public const string AudienceProblemOff = "announcements.audience.problemOff";
    public const string AudienceInstalled = "announcements.audience.installed";
    public const string AudienceNotInstalled = "announcements.audience.notInstalled";
}

/// <summary>Count phrases of the audiences (<c>.one</c> / <c>.other</c> in the files, read with <see cref="Texts.Count"/>).</summary>
internal static class AudienceCountKeys
{
    public const string Reach = "announcements.audience.reach";
    public const string Size = "announcements.audience.size";
}
