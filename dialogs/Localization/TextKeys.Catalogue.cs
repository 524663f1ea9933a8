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
}
