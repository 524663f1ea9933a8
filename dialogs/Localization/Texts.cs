using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace ServiceDesk.Dialogs.Localization;

/// <summary>
/// Every user-visible string, in English and French (embedded en.json / fr.json). A locale starting with "fr"
/// gets French; anything else, or none, gets English.
/// </summary>
public sealed class Texts
{
    private static readonly Lazy<Texts> EnglishTexts = new(() => Load("en"));
    private static readonly Lazy<Texts> FrenchTexts = new(() => Load("fr"));

    private readonly FrozenDictionary<string, string> _strings;

    private Texts(string language, FrozenDictionary<string, string> strings)
    {
        Language = language;
        Culture = CultureInfo.GetCultureInfo(language);
        _strings = strings;
    }

    /// <summary>"en" or "fr".</summary>
    public string Language { get; }

    /// <summary>For numbers and dates written inside texts.</summary>
    public CultureInfo Culture { get; }

    public static Texts English => EnglishTexts.Value;

    public static Texts French => FrenchTexts.Value;

    internal IReadOnlyDictionary<string, string> All => _strings;

    public static Texts For(string? locale) =>
        locale is not null && locale.TrimStart().StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? French : English;

    /// <summary>The text for <paramref name="key"/> with {0}, {1}... filled in. A missing key is a bug (the parity test guards it).</summary>
    public string Get(string key, params object?[] args)
    {
        if (!_strings.TryGetValue(key, out var text))
        {
            throw new KeyNotFoundException($"Text key '{key}' is missing for language '{Language}'.");
        }

        return args.Length == 0 ? text : string.Format(Culture, text, args);
    }

    /// <summary>
    /// A count phrase: <c>{key}.one</c> or <c>{key}.other</c> by the language's plural rule (French counts 0 and 1 as
    /// one, English only 1), with {0} the count and {1}, {2}... <paramref name="args"/>.
    /// </summary>
    public string Count(string key, long count, params object?[] args)
    {
        var one = Language == "fr" ? count is 0 or 1 : count == 1;
        return Get(key + (one ? PluralOne : PluralOther), [count.ToString("N0", Culture), .. args]);
    }

    /// <summary>Whether <paramref name="key"/> has a text (for optional texts such as a command's example).</summary>
    internal bool Has(string key) => _strings.ContainsKey(key);

    internal const string PluralOne = ".one";
    internal const string PluralOther = ".other";

    private static Texts Load(string language)
    {
        var name = $"ServiceDesk.Dialogs.Localization.{language}.json";
        using var stream = typeof(Texts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        var strings = JsonSerializer.Deserialize(stream, Conversation.DialogStateJsonContext.Default.DictionaryStringString)
            ?? throw new InvalidOperationException($"Embedded resource {name} is empty.");
        return new Texts(language, strings.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
