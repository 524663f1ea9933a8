using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

/// <summary>
/// Teams offers the bot's commands as a menu and sends the chosen title as the message text: every command
/// title of the app manifest, in English and French, must reach the flow it names.
/// </summary>
public sealed class ManifestCommandTests
{
    /// <summary>What each English command is for; a new command in the manifest must be added here.</summary>
    private static readonly Dictionary<string, Intent> IntentByEnglishTitle = new(StringComparer.Ordinal)
    {
        ["report incident"] = Intent.ReportIncident,
        ["request access"] = Intent.RequestAccess,
        ["my tickets"] = Intent.MyTickets,
        ["ask"] = Intent.Question,
        ["help"] = Intent.Help,
    };

    [Fact]
    public void EveryManifestCommandTitle_InEnglishAndFrench_IsRecognizedAsItsIntent()
    {
        var folder = Path.Combine(UtteranceSet.RepositoryRoot(), "teams-app");
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.template.json")))!;
        var french = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "fr-fr.template.json")))!.AsObject();

        var checkedTitles = new List<string>();
        var bots = manifest["bots"]!.AsArray();
        for (var b = 0; b < bots.Count; b++)
        {
            var lists = bots[b]!["commandLists"]!.AsArray();
            for (var l = 0; l < lists.Count; l++)
            {
                var commands = lists[l]!["commands"]!.AsArray();
                if (lists[l]!["scopes"]!.AsArray().Any(scope => (string?)scope == "team"))
                {
                    AssertAgentCommands(commands, french, b, l);
                    continue;
                }

                for (var c = 0; c < commands.Count; c++)
                {
                    var english = commands[c]!["title"]!.GetValue<string>();
                    Assert.True(IntentByEnglishTitle.TryGetValue(english, out var expected), $"No intent listed for the manifest command \"{english}\".");
                    var frenchKey = $"bots[{b}].commandLists[{l}].commands[{c}].title";
                    Assert.True(french.TryGetPropertyValue(frenchKey, out var frenchTitle), $"fr-fr.template.json lacks {frenchKey}.");

                    AssertRecognized(english, "en-US", expected);
                    AssertRecognized(frenchTitle!.GetValue<string>(), "fr-FR", expected);
                    checkedTitles.Add(english);
                }
            }
        }

        Assert.Superset(IntentByEnglishTitle.Keys.ToHashSet(StringComparer.Ordinal), checkedTitles.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>In a team, the agents' channel runs the command whose name is the first word (help: "help" or "aide").</summary>
    private static void AssertAgentCommands(JsonArray commands, JsonObject french, int b, int l)
    {
        var known = typeof(IAgentCommand).Assembly.GetTypes()
            .Where(t => typeof(IAgentCommand).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => ((IAgentCommand)RuntimeHelpers.GetUninitializedObject(t)).Name)
            .Concat(["help", "aide"])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < commands.Count; c++)
        {
            foreach (var title in new[] { commands[c]!["title"]!.GetValue<string>(), french[$"bots[{b}].commandLists[{l}].commands[{c}].title"]!.GetValue<string>() })
            {
                Assert.True(known.Contains(title), $"The team command \"{title}\" is not a command of the agents' channel ({string.Join(", ", known)}).");
            }
        }
    }

    private static void AssertRecognized(string title, string locale, Intent expected)
    {
        var recognition = KeywordIntentRecognizer.Recognize(title, locale);
        Assert.True(expected == recognition.Intent && !recognition.IsFallback, $"\"{title}\" ({locale}) is {recognition.Intent} ({recognition.Confidence}), expected {expected}.");
    }
}
