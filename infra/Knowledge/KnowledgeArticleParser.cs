using System.Globalization;
using System.Text.RegularExpressions;
using ServiceDesk.Dialogs.Knowledge;

namespace ServiceDesk.Infra.Knowledge;

/// <summary>
/// Reads one article: a front matter block between <c>---</c> lines (id, title, tags, service, updated, and optional
/// aliases: the phrases employees use for the problem, optional questions: questions employees asked that the article
/// answered, one <c>- question</c> line each since they hold commas, and optional tasks: the tasks it explains that its
/// wording does not show (<see cref="Search.TaskWords"/>); one <c>key: value</c> per line, lists as <c>[a, b]</c> or as
/// <c>- a</c> lines), then the Markdown body. Strict on purpose:
/// a typo in an article stops the bot at start with the file and line, instead of a silently missing answer.
/// </summary>
internal static partial class KnowledgeArticleParser
{
    /// <summary>The incident catalogue's services an article may belong to.</summary>
    public static IReadOnlyList<string> Services { get; } =
        ["workstation", "software", "email", "network-vpn", "printing", "account-password", "phone", "other"];

    public const int MaxTitleLength = 200;

    public static KnowledgeArticle Parse(string text, string language, string source)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF').Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            throw Error(source, 1, "the file must start with a front matter block opened by a line '---'");
        }

        var close = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (close < 0)
        {
            throw Error(source, 1, "the front matter block is never closed by a line '---'");
        }

        var values = new Dictionary<string, (string Value, int Line)>(StringComparer.Ordinal);
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal) { ["tags"] = [], ["aliases"] = [], ["questions"] = [], ["tasks"] = [] };
        string? listKey = null;
        for (var i = 1; i < close; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (line.TrimStart().StartsWith("- ", StringComparison.Ordinal) && listKey is not null && values[listKey].Value.Length == 0)
            {
                lists[listKey].Add(Unquote(line.TrimStart()[2..]));
                continue;
            }

            var match = KeyValue().Match(line);
            if (!match.Success)
            {
                throw Error(source, i + 1, $"expected 'key: value', found '{line.Trim()}'");
            }

            var key = match.Groups[1].Value;
            if (key is not ("id" or "title" or "tags" or "aliases" or "questions" or "tasks" or "service" or "updated"))
            {
                throw Error(source, i + 1, $"unknown key '{key}' (expected id, title, tags, aliases, questions, tasks, service, updated)");
            }

            listKey = lists.ContainsKey(key) ? key : null;
            if (!values.TryAdd(key, (match.Groups[2].Value.Trim(), i + 1)))
            {
                throw Error(source, i + 1, $"'{key}' is given twice");
            }
        }

        string Required(string key) =>
            values.TryGetValue(key, out var v) && (v.Value.Length > 0 || key == "tags")
                ? v.Value
                : throw Error(source, close + 1, $"'{key}' is missing from the front matter");

        var id = Unquote(Required("id"));
        if (!ArticleId().IsMatch(id))
        {
            throw Error(source, values["id"].Line, $"id '{id}' must be 'kb-' followed by lowercase letters, digits and dashes");
        }

        var title = Unquote(Required("title"));
        if (title.Length > MaxTitleLength)
        {
            throw Error(source, values["title"].Line, $"the title is longer than {MaxTitleLength} characters");
        }

        _ = Required("tags");
        foreach (var (key, list) in lists)
        {
            if (values.TryGetValue(key, out var inline) && inline.Value.Length > 0)
            {
                if (!inline.Value.StartsWith('[') || !inline.Value.EndsWith(']'))
                {
                    throw Error(source, inline.Line, $"{key} must be a list: [a, b] or '- a' lines under '{key}:'");
                }

                list.AddRange(inline.Value[1..^1].Split(',').Select(Unquote).Where(t => t.Length > 0));
            }
        }

        var tags = lists["tags"];
        if (tags.Count == 0)
        {
            throw Error(source, values["tags"].Line, "at least one tag is required");
        }

        if (lists["tasks"].FirstOrDefault(t => !Search.TaskWords.Ids.Contains(t)) is { } unknownTask)
        {
            throw Error(source, values["tasks"].Line, $"task '{unknownTask}' is not one of {string.Join(", ", Search.TaskWords.Ids)}");
        }

        var service = Unquote(Required("service"));
        if (!Services.Contains(service))
        {
            throw Error(source, values["service"].Line, $"service '{service}' is not one of {string.Join(", ", Services)}");
        }

        var updatedText = Unquote(Required("updated"));
        if (!DateOnly.TryParseExact(updatedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var updated))
        {
            throw Error(source, values["updated"].Line, $"updated '{updatedText}' must be a date written yyyy-MM-dd");
        }

        var body = string.Join('\n', lines[(close + 1)..]).Trim();
        if (body.Length == 0)
        {
            throw Error(source, close + 2, "the article has no body after the front matter");
        }

        return new KnowledgeArticle(id, language, title, tags, service, updated, body, source) { Aliases = lists["aliases"], Questions = lists["questions"], Tasks = lists["tasks"] };
    }

    private static string Unquote(string value)
    {
        value = value.Trim();
        return value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
    }

    private static KnowledgeLoadException Error(string source, int line, string reason) =>
        new($"Knowledge article {source} (line {line}): {reason}.");

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*):(.*)$")]
    private static partial Regex KeyValue();

    [GeneratedRegex("^kb-[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ArticleId();
}
