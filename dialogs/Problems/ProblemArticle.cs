using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Dialogs.Localization;

namespace ServiceDesk.Dialogs.Problems;

/// <summary>
/// A known error's workaround as a knowledge article: the review form (title and body in English and French, pre-filled
/// from the problem; the agent rewrites and translates) and the two versions it publishes. The article's id follows the
/// problem's (<c>kb-prb-000012</c>), so publishing again replaces it; the linked incidents' titles are its aliases,
/// since they are how employees worded the problem.
/// </summary>
internal static class ProblemArticle
{
    public const int MaxBody = 4_000;
    private const int MaxAliases = 20;

    public static string IdOf(Problem problem) => "kb-" + problem.Id.ToLowerInvariant();

    public static AdaptiveCard Form(Problem problem, Texts texts)
    {
        var english = Texts.English;
        var french = Texts.French;
        var data = new JsonObject { [ProblemVerbs.ProblemField] = problem.Id };
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(texts.Get(TextKeys.ProblemsArticleFormTitle, problem.Id)) { Weight = TextWeight.Bolder, Wrap = true },
                new TextBlock(texts.Get(TextKeys.ProblemsArticleFormIntro)) { Wrap = true, IsSubtle = true },
                Input(ProblemVerbs.TitleEnglishInput, texts.Get(TextKeys.ProblemsArticleTitleEn), english.Get(TextKeys.ProblemsArticleDefaultTitle, problem.Title), false, ProblemVerbs.MaxTitle, texts),
                Input(ProblemVerbs.BodyEnglishInput, texts.Get(TextKeys.ProblemsArticleBodyEn), problem.Workaround, true, MaxBody, texts),
                Input(ProblemVerbs.TitleFrenchInput, texts.Get(TextKeys.ProblemsArticleTitleFr), french.Get(TextKeys.ProblemsArticleDefaultTitle, problem.Title), false, ProblemVerbs.MaxTitle, texts),
                Input(ProblemVerbs.BodyFrenchInput, texts.Get(TextKeys.ProblemsArticleBodyFr), problem.Workaround, true, MaxBody, texts),
            ],
            Actions = [CardActions.Execute(texts.Get(TextKeys.ProblemsArticlePublish), ProblemVerbs.Publish, data, ActionStyle.Positive)],
            FallbackText = texts.Get(TextKeys.ProblemsArticleFormTitle, problem.Id),
            MsTeams = TeamsCardProperties.Full,
        };
    }

    /// <summary>The English and French versions from the form, or null when a field is empty or too long.</summary>
    public static IReadOnlyList<KnowledgeArticle>? Read(Problem problem, JsonElement data, IReadOnlyList<string> aliases, DateOnly today)
    {
        string? Field(string name, int max) => CardForm.Field(data, name).Text?.Trim() is { Length: > 0 } t && t.Length <= max ? t : null;
        var titleEn = Field(ProblemVerbs.TitleEnglishInput, ProblemVerbs.MaxTitle);
        var bodyEn = Field(ProblemVerbs.BodyEnglishInput, MaxBody);
        var titleFr = Field(ProblemVerbs.TitleFrenchInput, ProblemVerbs.MaxTitle);
        var bodyFr = Field(ProblemVerbs.BodyFrenchInput, MaxBody);
        if (titleEn is null || bodyEn is null || titleFr is null || bodyFr is null)
        {
            return null;
        }

        var said = aliases.Where(a => a.Length is > 0 and <= ProblemVerbs.MaxTitle).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxAliases).ToList();
        KnowledgeArticle Version(string language, string title, string body) =>
            new(IdOf(problem), language, title, [], problem.Service ?? string.Empty, today, body, $"problems/{problem.Id}")
            {
                Aliases = [problem.Title, .. said],
            };
        return [Version(KnowledgeLanguage.English, titleEn, bodyEn), Version(KnowledgeLanguage.French, titleFr, bodyFr)];
    }

    private static TextInput Input(string id, string label, string? value, bool multiline, int max, Texts texts) => new()
    {
        Id = id,
        Label = label,
        Value = value is { Length: > 0 } v && v.Length > max ? v[..max] : value,
        IsMultiline = multiline ? true : null,
        IsRequired = true,
        MaxLength = max,
        ErrorMessage = texts.Get(TextKeys.EngineRequired),
    };
}
