using System.Text.Json;
using System.Text.RegularExpressions;

namespace ServiceDesk.Bench.Understanding.Seeing;

/// <summary>
/// The bot's own sentences (dialogs/Localization/en.json and fr.json), by key, as patterns: "says engine.cancelled"
/// checks that a person saw that sentence, in either language, with any values filled in.
/// </summary>
internal sealed class ShownTexts
{
    private readonly Dictionary<string, List<Regex>> _patterns = new(StringComparer.Ordinal);

    public ShownTexts(RepositoryFiles repository)
    {
        foreach (var language in new[] { "en", "fr" })
        {
            using var stream = File.OpenRead(repository.TextsFile(language));
            var strings = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
            foreach (var (key, template) in strings)
            {
                var pattern = Regex.Replace(Regex.Escape(template), @"\\\{\d+(:[^}]*)?}", ".*?");
                if (!_patterns.TryGetValue(key, out var list))
                {
                    _patterns[key] = list = [];
                }

                list.Add(new Regex("^" + pattern + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant));
            }
        }
    }

    public bool Knows(string key) => _patterns.ContainsKey(key);

    /// <summary>The sentence of <paramref name="key"/> is one of the strings seen (or a string seen contains it whole, for a key without values).</summary>
    public bool Says(Seen seen, string key) =>
        _patterns.TryGetValue(key, out var patterns) && seen.Strings.Any(s => patterns.Any(p => p.IsMatch(s.Trim())));

    /// <summary>Whether <paramref name="text"/> (e.g. a button's title) is the sentence of <paramref name="key"/> in either language.</summary>
    public bool Matches(string text, string key) =>
        _patterns.TryGetValue(key, out var patterns) && patterns.Any(p => p.IsMatch(text.Trim()));

    /// <summary>Whether a button or text says what <paramref name="key"/> says (e.g. a "Talk to someone" button).</summary>
    public bool Offers(Seen seen, string key) =>
        Says(seen, key) || (_patterns.TryGetValue(key, out var patterns) && seen.Buttons.Any(b => patterns.Any(p => p.IsMatch(b.Title))));
}
