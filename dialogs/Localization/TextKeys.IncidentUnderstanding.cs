namespace ServiceDesk.Dialogs.Localization;

// The incident flow's keys for answers understood by meaning and the summary's Edit buttons.
public static partial class TextKeys
{
    public const string IncidentDidYouMean = "incident.didYouMean";
    public const string IncidentTookAs = "incident.tookAs";
    public const string IncidentEditHeading = "incident.editHeading";
    public const string IncidentEditCategory = "incident.editCategory";
    public const string IncidentEditTitle = "incident.editTitle";
    public const string IncidentEditDescription = "incident.editDescription";
    public const string IncidentEditImpact = "incident.editImpact";
    public const string IncidentEditUrgency = "incident.editUrgency";
    public const string IncidentOr = "incident.or";
}
