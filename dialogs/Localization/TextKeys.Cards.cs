namespace ServiceDesk.Dialogs.Localization;

// Issue 16 (cards that never lie, unrouted tickets, the agent's card): keys in their own block at the end of en.json
// and fr.json. Count phrases are in CountKeys.
public static partial class TextKeys
{
    public const string AgentsMore = "agents.more";
    public const string AgentsStatusAssigned = "agents.statusAssigned";
    public const string AgentsHelpLine = "agents.help.line";
    public const string IncidentCreatedUnrouted = "incident.createdUnrouted";
    public const string EscalationCreatedUnrouted = "escalation.createdUnrouted";
}
