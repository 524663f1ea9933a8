namespace ServiceDesk.Dialogs.Localization;

// The agents' queue set-up and health keys (issue 5, prefix "queue."), in their own file so parallel work on the
// agents' side does not collide in TextKeys.cs.
public static partial class TextKeys
{
    public const string QueueSetupTitle = "queue.setup.title";
    public const string QueueSetupIntro = "queue.setup.intro";
    public const string QueueSetupCategoryLabel = "queue.setup.categoryLabel";
    public const string QueueSetupAll = "queue.setup.all";
    public const string QueueSetupAccess = "queue.setup.access";
    public const string QueueSetupIncidents = "queue.setup.incidents";
    public const string QueueSetupUse = "queue.setup.use";
    public const string QueueSetupOwnersOnly = "queue.setup.ownersOnly";
    public const string QueueSetupFallback = "queue.setup.fallback";
    public const string QueueSetupDoneTitle = "queue.setup.doneTitle";
    public const string QueueSetupDone = "queue.setup.done";
    public const string QueueSetupDoneAgents = "queue.setup.doneAgents";
    public const string QueueSetupNotOwner = "queue.setup.notOwner";
    public const string QueueSetupNotInTeam = "queue.setup.notInTeam";
    public const string QueueSetupUnknownCategory = "queue.setup.unknownCategory";
    public const string QueueSetupRosterUnavailable = "queue.setup.rosterUnavailable";
    public const string QueueBlockedNotice = "queue.blocked.notice";
}
