namespace ServiceDesk.Dialogs.Knowledge;

/// <summary>The languages the knowledge base is written in, and how a locale maps to one of them.</summary>
public static class KnowledgeLanguage
{
    public const string English = "en";
    public const string French = "fr";

    public static IReadOnlyList<string> All { get; } = [English, French];

    /// <summary>"fr", "fr-FR", "FR-ca" → fr; anything else (including null) → en.</summary>
    public static string FromLocale(string? locale) =>
        locale is { Length: >= 2 } && locale.StartsWith(French, StringComparison.OrdinalIgnoreCase)
        && (locale.Length == 2 || locale[2] is '-' or '_')
            ? French
            : English;
}
