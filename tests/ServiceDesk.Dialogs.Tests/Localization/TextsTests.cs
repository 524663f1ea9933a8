using System.Reflection;
using System.Text.RegularExpressions;
using ServiceDesk.Dialogs.Localization;

namespace ServiceDesk.Dialogs.Tests.Localization;

public sealed partial class TextsTests
{
    [Fact]
    public void EveryKey_ExistsInBothLanguages()
    {
        var english = Texts.English.All.Keys.ToHashSet();
        var french = Texts.French.All.Keys.ToHashSet();

        Assert.Empty(english.Except(french));
        Assert.Empty(french.Except(english));
    }

    [Fact]
    public void EveryKey_HasTheSamePlaceholdersInBothLanguages()
    {
        var mismatches = Texts.English.All
            .Where(e => !Placeholders(e.Value).SetEquals(Placeholders(Texts.French.All[e.Key])))
            .Select(e => e.Key)
            .ToList();

        Assert.Empty(mismatches);
    }

    [Fact]
    public void EveryTextKeysConstant_HasATextInBothLanguages()
    {
        var keys = typeof(TextKeys).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.False(string.IsNullOrWhiteSpace(Texts.English.Get(key)), key);
            Assert.False(string.IsNullOrWhiteSpace(Texts.French.Get(key)), key);
        });
    }

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("fr-FR", "fr")]
    [InlineData("fr-CA", "fr")]
    [InlineData("FR-be", "fr")]
    [InlineData("en-US", "en")]
    [InlineData("de-DE", "en")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    public void For_FrenchLocales_GetFrench_EverythingElseEnglish(string? locale, string expected)
    {
        Assert.Equal(expected, Texts.For(locale).Language);
    }

    [Fact]
    public void Get_FillsPlaceholdersWithTheLanguagesCulture()
    {
        Assert.Equal("Your message was longer than 2.5 characters, so I only read the first 2.5.", Texts.English.Get(TextKeys.MessageTooLong, 2.5));
        Assert.StartsWith("Votre message dépassait 2,5 caractères", Texts.French.Get(TextKeys.MessageTooLong, 2.5), StringComparison.Ordinal);
    }

    [Fact]
    public void Get_UnknownKey_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => Texts.English.Get("no.such.key"));
    }

    [Fact]
    public void ErrorApology_IsTheAgreedWording()
    {
        Assert.Equal("Sorry, something went wrong on my side. I've cleared this conversation so you can start again: type help.", Texts.English.Get(TextKeys.ErrorApology));
        Assert.Contains("tapez aide", Texts.French.Get(TextKeys.ErrorApology), StringComparison.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
