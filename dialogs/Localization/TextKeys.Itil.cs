namespace ServiceDesk.Dialogs.Localization;

// The lifecycle of issue 18 (follow-ups, withdrawals, approval and hold timers), in their own file so parallel work does not collide.
public static partial class TextKeys
{
    public const string TicketsEventLinked = "tickets.eventLinked";
    public const string TicketsEventReminded = "tickets.eventReminded";
    public const string TicketsEventEscalated = "tickets.eventEscalated";
    public const string TicketsEventExpired = "tickets.eventExpired";
    public const string ItilFollowUpButton = "itil.followUp.button";
    public const string ItilFollowUpTitle = "itil.followUp.title";
    public const string ItilFollowUpDescription = "itil.followUp.description";
    public const string ItilFollowUpOpened = "itil.followUp.opened";
    public const string ItilFollowUpExists = "itil.followUp.exists";
    public const string ItilFollowUpOnlyClosed = "itil.followUp.onlyClosed";
    public const string ItilFactFollowUpOf = "itil.fact.followUpOf";
    public const string ItilFactFollowUp = "itil.fact.followUp";
    public const string ItilWithdrawButton = "itil.withdraw.button";
    public const string ItilWithdrawn = "itil.withdraw.done";
    public const string ItilWithdrawnBy = "itil.withdraw.by";
    public const string ItilWithdrawnLate = "itil.withdraw.late";
    public const string ItilExpiredOn = "itil.approval.expiredOn";
    public const string ItilApprovalReminderNotice = "itil.approval.reminderNotice";
    public const string ItilApprovalEscalatedNotice = "itil.approval.escalatedNotice";
    public const string ItilApprovalRemindedRequester = "itil.approval.remindedRequester";
    public const string ItilApprovalEscalatedRequester = "itil.approval.escalatedRequester";
    public const string ItilApprovalExpiredRequester = "itil.approval.expiredRequester";
    public const string ItilHoldReminder = "itil.hold.reminder";
    public const string ItilHoldReminderResolves = "itil.hold.reminderResolves";
    public const string ItilHoldAgentsReminded = "itil.hold.agentsReminded";
    public const string ItilHoldAgentsResolves = "itil.hold.agentsResolves";
    public const string ItilHoldAgentsResolved = "itil.hold.agentsResolved";
    public const string ItilHoldResolutionNote = "itil.hold.resolutionNote";
}
