namespace ServiceDesk.Dialogs.Localization;

// The language model's keys (prefix "assist."): the generated answer card, in their own file so parallel work does not
// collide in TextKeys.cs.
public static partial class TextKeys
{
    public const string AssistAiLabel = "assist.aiLabel";
    public const string AssistSources = "assist.sources";
}
