namespace ServiceDesk.Dialogs.Localization;

// The catalogue beyond access (software, hardware, new starters), in its own file so parallel work does not collide.
public static partial class TextKeys
{
    public const string CatalogueQueueSoftware = "catalogue.queue.software";
    public const string CatalogueQueueHardware = "catalogue.queue.hardware";
    public const string CatalogueQueueNewStarters = "catalogue.queue.newStarters";
    public const string CatalogueApprovalTitle = "catalogue.approval.title";
    public const string CatalogueApprovalIntro = "catalogue.approval.intro";
    public const string CatalogueApprovalIntroOther = "catalogue.approval.introOther";
    public const string CatalogueApprovalFallback = "catalogue.approval.fallback";
    public const string CatalogueNotifyApproved = "catalogue.notify.approved";
    public const string CatalogueNotifyRejected = "catalogue.notify.rejected";
    public const string CatalogueFactItem = "catalogue.fact.item";
    public const string StarterTook = "starter.took";
    public const string StarterWhoPrompt = "starter.who.prompt";
    public const string StarterNameLabel = "starter.who.name";
    public const string StarterEmailLabel = "starter.who.email";
    public const string StarterEmailPlaceholder = "starter.who.emailPlaceholder";
    public const string StarterNameTooLong = "starter.who.tooLong";
    public const string StarterEmailInvalid = "starter.who.emailInvalid";
    public const string StarterDatePrompt = "starter.date.prompt";
    public const string StarterDateLabel = "starter.date.label";
    public const string StarterDateHint = "starter.date.hint";
    public const string StarterDateInvalid = "starter.date.invalid";
    public const string StarterDatePast = "starter.date.past";
    public const string StarterDateTooFar = "starter.date.tooFar";
    public const string StarterItemsPrompt = "starter.items.prompt";
    public const string StarterItemsLabel = "starter.items.label";
    public const string StarterItemsHint = "starter.items.hint";
    public const string StarterItemsUnclear = "starter.items.unclear";
    public const string StarterItemsNone = "starter.items.none";
    public const string StarterSummaryIntro = "starter.summary.intro";
    public const string StarterSummaryLevels = "starter.summary.levels";
    public const string StarterEditWho = "starter.summary.edit.who";
    public const string StarterEditDate = "starter.summary.edit.date";
    public const string StarterEditItems = "starter.summary.edit.items";
    public const string StarterFactWho = "starter.fact.who";
    public const string StarterFactEmail = "starter.fact.email";
    public const string StarterFactStart = "starter.fact.start";
    public const string StarterItemPending = "starter.item.pending";
    public const string StarterItemApproved = "starter.item.approved";
    public const string StarterItemRejected = "starter.item.rejected";
    public const string StarterItemNoApproval = "starter.item.noApproval";
    public const string StarterItemExpired = "starter.item.expired";
    public const string StarterCreated = "starter.created";
    public const string StarterCreatedNoApproval = "starter.created.noApproval";
    public const string StarterTicketTitle = "starter.ticket.title";
    public const string StarterTicketDescription = "starter.ticket.description";
    public const string StarterApprovalTitle = "starter.approval.title";
    public const string StarterApprovalIntro = "starter.approval.intro";
    public const string StarterApprovalIntroOther = "starter.approval.introOther";
    public const string StarterApprovalWhole = "starter.approval.whole";
    public const string StarterApprovalFallback = "starter.approval.fallback";
    public const string StarterNotifyApproved = "starter.notify.approved";
    public const string StarterNotifyRejected = "starter.notify.rejected";
    public const string StarterCategory = "starter.category";
}
