namespace ServiceDesk.Dialogs.Flows.Fulfilment;

/// <summary>Text keys of the leavers check (en.json / fr.json, prefix <c>leaver.</c>).</summary>
internal static class LeaverTextKeys
{
    public const string Setup = "leaver.setup";
    public const string History = "leaver.history";
    public const string Owner = "leaver.owner";
    public const string Agents = "leaver.agents";
    public const string Removal = "leaver.removal";
}
