namespace ServiceDesk.Dialogs.Flows.ReportIncident;

/// <summary>Length limits of an incident's texts (the card inputs carry the same maximums).</summary>
internal static class IncidentLimits
{
    public const int TitleMin = 3;
    public const int TitleMax = 200;
    public const int DescriptionMin = 5;
    public const int DescriptionMax = 4_000;
}
