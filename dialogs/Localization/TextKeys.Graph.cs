namespace ServiceDesk.Dialogs.Localization;

// Microsoft Graph's keys (prefix "graph."): why an access request goes to someone other than the usual approver, and
// the features a missing Graph permission turned off (the agents' setup card), in
// their own file so parallel work does not collide in TextKeys.cs.
public static partial class TextKeys
{
    public const string GraphFactApproverWhy = "graph.fact.approverWhy";
    public const string GraphManagerDisabled = "graph.approver.managerDisabled";
    public const string GraphManagerDisabledUnnamed = "graph.approver.managerDisabledUnnamed";
    public const string GraphNoManager = "graph.approver.noManager";
    public const string GraphNoOwner = "graph.approver.noOwner";
    public const string GraphSetupMissing = "graph.setup.missing";
    public const string GraphSetupPeople = "graph.setup.people";
    public const string GraphSetupGroupOwners = "graph.setup.groupOwners";
    public const string GraphSetupGroupMembership = "graph.setup.groupMembership";
    public const string GraphSetupConsent = "graph.setup.consent";
}
