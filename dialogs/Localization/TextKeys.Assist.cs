namespace ServiceDesk.Dialogs.Localization;

// The language model's keys (prefix "assist."): the generated answer card, in their own file so parallel work does not
// collide in TextKeys.cs.
public static partial class TextKeys
{
    public const string AssistAiLabel = "assist.aiLabel";
    public const string AssistSources = "assist.sources";
    public const string AssistSummaryButton = "assist.summaryButton";
    public const string AssistDraftButton = "assist.draftButton";
    public const string AssistSimilarButton = "assist.similarButton";
    public const string AssistSummaryTitle = "assist.summaryTitle";
    public const string AssistSummaryLabel = "assist.summaryLabel";
    public const string AssistDraftTitle = "assist.draftTitle";
    public const string AssistDraftLabel = "assist.draftLabel";
    public const string AssistUnavailable = "assist.unavailable";
    public const string AssistSimilarTitle = "assist.similarTitle";
    public const string AssistSimilarNone = "assist.similarNone";
    public const string AssistSimilarOpenOnService = "assist.similarOpenOnService";
    public const string AssistDeclareMajor = "assist.declareMajor";
}
