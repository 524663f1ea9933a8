namespace ServiceDesk.Dialogs.Agents;

/// <summary>The verbs of the ticket card in the agents' channel, the fields its data and inputs carry, and their limits.</summary>
internal static class AgentVerbs
{
    public const string Prefix = "agent.";

    public const string AssignMe = "agent.assignMe";
    public const string AssignTo = "agent.assignTo";
    public const string Start = "agent.start";
    public const string Hold = "agent.hold";
    public const string Resolve = "agent.resolve";
    public const string Priority = "agent.priority";
    public const string Reply = "agent.reply";
    public const string Note = "agent.note";
    public const string Reopen = "agent.reopen";
    public const string Fulfil = "agent.fulfil";
    public const string Cancel = "agent.cancel";

    public static IReadOnlyList<string> All { get; } = [AssignMe, AssignTo, Start, Hold, Resolve, Priority, Reply, Note, Reopen, Fulfil, Cancel];

    // Card data (untrusted): which ticket and the version the card showed.
    public const string TicketField = "ticket";
    public const string VersionField = "ticketVersion";

    // Inputs.
    public const string AssigneeInput = "agentAssignee";
    public const string HoldReasonInput = "agentHoldReason";
    public const string ResolutionInput = "agentResolution";
    public const string PriorityInput = "agentPriority";
    public const string PriorityReasonInput = "agentPriorityReason";
    public const string ReplyInput = "agentReply";
    public const string NoteInput = "agentNote";
    public const string CancelReasonInput = "agentCancelReason";

    /// <summary>Replies, notes, resolution notes and reasons: enough for a real answer, far below a card's size limit.</summary>
    public const int MaxText = 4_000;

    public static bool Handles(string verb) => verb.StartsWith(Prefix, StringComparison.Ordinal);
}
