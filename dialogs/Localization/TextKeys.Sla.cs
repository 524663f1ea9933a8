namespace ServiceDesk.Dialogs.Localization;

// The SLA monitor's thread notices (issue 5), in their own file so parallel work does not collide in TextKeys.cs.
public static partial class TextKeys
{
    public const string SlaResponseAtRisk = "sla.responseAtRisk";
    public const string SlaResolutionAtRisk = "sla.resolutionAtRisk";
    public const string SlaResponseBreached = "sla.responseBreached";
    public const string SlaResolutionBreached = "sla.resolutionBreached";
    public const string SlaAutoClosed = "sla.autoClosed";
    public const string SlaDueFormat = "sla.dueFormat";
}
