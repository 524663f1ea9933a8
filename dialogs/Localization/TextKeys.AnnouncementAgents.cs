namespace ServiceDesk.Dialogs.Localization;

// The agents' side of outage announcements (issue 6: declare, publish, work an outage; the announcements channel).
public static partial class TextKeys
{
    public const string AnnouncementsAgentsHelp = "announcements.agents.help";
    public const string AnnouncementsAgentsNotAgent = "announcements.agents.notAgent";
    public const string AnnouncementsAgentsInvalidCard = "announcements.agents.invalidCard";
    public const string AnnouncementsAgentsNotFound = "announcements.agents.notFound";
    public const string AnnouncementsAgentsAlreadyPublished = "announcements.agents.alreadyPublished";
    public const string AnnouncementsAgentsChangedBy = "announcements.agents.changedBy";
    public const string AnnouncementsAgentsNotNow = "announcements.agents.notNow";
    public const string AnnouncementsAgentsFormPosted = "announcements.agents.formPosted";
    public const string AnnouncementsAgentsNotAnIncident = "announcements.agents.notAnIncident";
    public const string AnnouncementsAgentsDeclareButton = "announcements.agents.declareButton";
    public const string AnnouncementsAgentsFromTicket = "announcements.agents.fromTicket";
    public const string AnnouncementsAgentsLink = "announcements.agents.link";
    public const string AnnouncementsAgentsLinkSend = "announcements.agents.linkSend";
    public const string AnnouncementsAgentsLinkLabel = "announcements.agents.linkLabel";
    public const string AnnouncementsAgentsLinkBadNumber = "announcements.agents.linkBadNumber";
    public const string AnnouncementsAgentsLinked = "announcements.agents.linked";
    public const string AnnouncementsAgentsAlreadyLinked = "announcements.agents.alreadyLinked";
    public const string AnnouncementsAgentsLinkNotFound = "announcements.agents.linkNotFound";
    public const string AnnouncementsAgentsNotLinkable = "announcements.agents.notLinkable";
    public const string AnnouncementsAgentsNotActive = "announcements.agents.notActive";
    public const string AnnouncementsAgentsLinkedList = "announcements.agents.linkedList";
    public const string AnnouncementsAgentsReminder = "announcements.agents.reminder";
    public const string AnnouncementsChannelUse = "announcements.channel.use";
    public const string AnnouncementsChannelDoneTitle = "announcements.channel.doneTitle";
    public const string AnnouncementsChannelDone = "announcements.channel.done";
    public const string AnnouncementsChannelNotOwner = "announcements.channel.notOwner";
    public const string AnnouncementsAgentsLinkHelp = "announcements.agents.linkHelp";
    public const string AnnouncementsAgentsLinkWhich = "announcements.agents.linkWhich";
    public const string AnnouncementsAgentsUnavailable = "announcements.agents.unavailable";
}
