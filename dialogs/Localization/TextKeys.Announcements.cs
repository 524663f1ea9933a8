namespace ServiceDesk.Dialogs.Localization;

// Outage announcement keys (issue 6, prefix "announcements."), in their own file so parallel work does not collide
// in TextKeys.cs.
public static partial class TextKeys
{
    public const string AnnouncementsLabelService = "announcements.label.service";
    public const string AnnouncementsLabelTitle = "announcements.label.title";
    public const string AnnouncementsLabelWhatUsersSee = "announcements.label.whatUsersSee";
    public const string AnnouncementsLabelImpact = "announcements.label.impact";
    public const string AnnouncementsLabelNextUpdate = "announcements.label.nextUpdate";
    public const string AnnouncementsLabelAudience = "announcements.label.audience";
    public const string AnnouncementsLabelStatus = "announcements.label.status";
    public const string AnnouncementsLabelUpdateText = "announcements.label.updateText";
    public const string AnnouncementsLabelResolutionText = "announcements.label.resolutionText";
    public const string AnnouncementsLabelCancelReason = "announcements.label.cancelReason";
    public const string AnnouncementsLabelFrench = "announcements.label.french";
    public const string AnnouncementsAudienceEveryone = "announcements.audience.everyone";
    public const string AnnouncementsStatusDraft = "announcements.status.draft";
    public const string AnnouncementsStatusPublished = "announcements.status.published";
    public const string AnnouncementsStatusResolved = "announcements.status.resolved";
    public const string AnnouncementsStatusCancelled = "announcements.status.cancelled";
    public const string AnnouncementsCardHeader = "announcements.card.header";
    public const string AnnouncementsCardNoNextUpdate = "announcements.card.noNextUpdate";
    public const string AnnouncementsCardLatestUpdate = "announcements.card.latestUpdate";
    public const string AnnouncementsCardAffected = "announcements.card.affected";
    public const string AnnouncementsCardAcknowledge = "announcements.card.acknowledge";
    public const string AnnouncementsCardFallback = "announcements.card.fallback";
    public const string AnnouncementsCardResolvedHeader = "announcements.card.resolvedHeader";
    public const string AnnouncementsCardResolvedText = "announcements.card.resolvedText";
    public const string AnnouncementsCardWithdrawnHeader = "announcements.card.withdrawnHeader";
    public const string AnnouncementsCardWithdrawnText = "announcements.card.withdrawnText";
    public const string AnnouncementsCardPreview = "announcements.card.preview";
    public const string AnnouncementsControlDelivery = "announcements.control.delivery";
    public const string AnnouncementsControlQueued = "announcements.control.queued";
    public const string AnnouncementsControlDelivered = "announcements.control.delivered";
    public const string AnnouncementsControlFailed = "announcements.control.failed";
    public const string AnnouncementsControlNotReachable = "announcements.control.notReachable";
    public const string AnnouncementsControlReactions = "announcements.control.reactions";
    public const string AnnouncementsControlPostUpdate = "announcements.control.postUpdate";
    public const string AnnouncementsControlPostUpdateSend = "announcements.control.postUpdateSend";
    public const string AnnouncementsControlResolve = "announcements.control.resolve";
    public const string AnnouncementsControlResolveSend = "announcements.control.resolveSend";
    public const string AnnouncementsControlCancel = "announcements.control.cancel";
    public const string AnnouncementsControlCancelSend = "announcements.control.cancelSend";
    public const string AnnouncementsControlFallback = "announcements.control.fallback";
    public const string AnnouncementsDeclareTitle = "announcements.declare.title";
    public const string AnnouncementsDeclareIntro = "announcements.declare.intro";
    public const string AnnouncementsDeclareFrench = "announcements.declare.french";
    public const string AnnouncementsDeclarePreview = "announcements.declare.preview";
    public const string AnnouncementsDeclarePublish = "announcements.declare.publish";
    public const string AnnouncementsDeclareFallback = "announcements.declare.fallback";
    public const string AnnouncementsNextUpdateNone = "announcements.nextUpdate.none";
    public const string AnnouncementsNextUpdateMinutes = "announcements.nextUpdate.minutes";
    public const string AnnouncementsNextUpdateHour = "announcements.nextUpdate.hour";
    public const string AnnouncementsNextUpdateHours = "announcements.nextUpdate.hours";
    public const string AnnouncementsProblemEmpty = "announcements.problem.empty";
    public const string AnnouncementsProblemTooLong = "announcements.problem.tooLong";
    public const string AnnouncementsProblemOverBudget = "announcements.problem.overBudget";
    public const string AnnouncementsProblemInThePast = "announcements.problem.inThePast";
}
