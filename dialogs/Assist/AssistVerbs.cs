namespace ServiceDesk.Dialogs.Assist;

/// <summary>The agent's help buttons on a ticket's card; their data is the ticket's (<c>ticket</c>, <c>ticketVersion</c>).</summary>
internal static class AssistVerbs
{
    public const string Summary = "assist.summary";
    public const string Draft = "assist.draft";
    public const string Similar = "assist.similar";

    public static IReadOnlyList<string> All { get; } = [Summary, Draft, Similar];
}
