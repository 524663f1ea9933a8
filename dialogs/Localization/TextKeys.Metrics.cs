namespace ServiceDesk.Dialogs.Localization;

// The stats command's keys (issue 5, metrics), in their own file so parallel work does not collide.
public static partial class TextKeys
{
    public const string MetricsHelp = "metrics.help";
    public const string MetricsUsage = "metrics.usage";
    public const string MetricsBacklog = "metrics.backlog";
    public const string MetricsBacklogTotal = "metrics.backlogTotal";
    public const string MetricsBacklogStatus = "metrics.backlogStatus";
    public const string MetricsTimesHeading = "metrics.timesHeading";
    public const string MetricsTimes = "metrics.times";
    public const string MetricsQualityHeading = "metrics.qualityHeading";
    public const string MetricsIncidentsCreated = "metrics.incidentsCreated";
    public const string MetricsResponseSla = "metrics.responseSla";
    public const string MetricsResolutionSla = "metrics.resolutionSla";
    public const string MetricsFirstContact = "metrics.firstContact";
    public const string MetricsDeflection = "metrics.deflection";
    public const string MetricsCsat = "metrics.csat";
    public const string MetricsCsatValue = "metrics.csatValue";
    public const string MetricsShare = "metrics.share";
    public const string MetricsNone = "metrics.none";
    public const string MetricsMinutes = "metrics.minutes";
    public const string MetricsHours = "metrics.hours";
    public const string MetricsDays = "metrics.days";
    public const string MetricsIncidentsResolved = "metrics.incidentsResolved";
    public const string MetricsSlaShare = "metrics.slaShare";
    public const string MetricsAgeing = "metrics.ageing";
    public const string MetricsAgeingValue = "metrics.ageingValue";

    // The deflection split by source (the knowledge base's articles, the language model's answers).
    public const string MetricsDeflectionKnowledgeBase = "metrics.deflectionKnowledgeBase";
    public const string MetricsDeflectionModel = "metrics.deflectionModel";
    public const string MetricsDeflectionShare = "metrics.deflectionShare";
}
