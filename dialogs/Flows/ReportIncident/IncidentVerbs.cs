namespace ServiceDesk.Dialogs.Flows.ReportIncident;

/// <summary>The verbs of Flow 1's cards (prefix = the dialog's name, so the router hands them to it).</summary>
internal static class IncidentVerbs
{
    public const string Answer = "incident.answer";
    public const string Create = "incident.create";
    public const string Solved = "incident.solved";
    public const string JoinOutage = "incident.joinOutage";

    /// <summary>From the summary: back to one step (<see cref="FieldField"/> names it), then back to the summary.</summary>
    public const string Edit = "incident.edit";

    /// <summary>Card field of the step an Edit button returns to ("category", "title", ...).</summary>
    public const string FieldField = "field";

    /// <summary>Card field of the article that solved it.</summary>
    public const string ArticleField = "article";
}
