using System.Reflection;
using System.Text.RegularExpressions;
using ServiceDesk.Dialogs.Localization;

namespace ServiceDesk.Dialogs.Tests.Localization;

/// <summary>
/// The texts as a reviewer reads them: the same keys in both languages, every count phrase with its singular and
/// plural, and no English left in the French texts.
/// </summary>
public sealed partial class TextReviewTests
{
    /// <summary>
    /// Count phrases still written with a plural only, each with why it is left: a configured limit (validated at start
    /// to be more than one in practice) in a flow another part of the desk owns.
    /// </summary>
    private static readonly HashSet<string> PluralOnlyLeft = new(StringComparer.Ordinal)
    {
        "access.endDate.tooFar",   // Catalogue:Access maximum duration, days
        "engine.idleDropped",      // Dialogs:IdleTimeoutMinutes
        "tickets.listIntro",       // Dialogs:RecentlyClosedDays
        "tickets.cannotReopen",    // Dialogs:ReopenWindowDays
        "sla.autoClosed",          // ServiceLevels auto-close days
        "announcements.nextUpdate.minutes", // only 30 is offered (AnnouncementVerbs.NextUpdateMinutes)
        "announcements.nextUpdate.hours",   // only 2 and 4 are offered; 1 hour has its own text
    };

    [Fact]
    public void Both_languages_have_exactly_the_same_keys()
    {
        Assert.Equal(Texts.English.All.Keys.Order(StringComparer.Ordinal), Texts.French.All.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_count_phrase_has_its_singular_and_plural_in_both_languages()
    {
        var countKeys = typeof(CountKeys).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.NotEmpty(countKeys);
        foreach (var texts in new[] { Texts.English, Texts.French })
        {
            Assert.All(countKeys, key => Assert.False(string.IsNullOrWhiteSpace(texts.Count(key, 1)) || string.IsNullOrWhiteSpace(texts.Count(key, 2)), key));
            // A singular without its plural (".other" alone may be another meaning, such as "pipeline.kept.other").
            var bases = texts.All.Keys.Where(k => k.EndsWith(".one", StringComparison.Ordinal)).Select(k => k[..^".one".Length]);
            Assert.All(bases, b => Assert.True(texts.All.ContainsKey(b + ".one") && texts.All.ContainsKey(b + ".other"), $"{texts.Language}: {b}"));
        }
    }

    [Fact]
    public void No_number_is_followed_by_a_plural_noun_outside_a_count_phrase()
    {
        var offenders = (
            from texts in new[] { Texts.English, Texts.French }
            from pair in texts.All
            where !pair.Key.EndsWith(".other", StringComparison.Ordinal) && !PluralOnlyLeft.Contains(pair.Key)
            where NumberThenPlural().IsMatch(pair.Value)
            select $"{texts.Language} {pair.Key}: {pair.Value}").ToList();

        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("en", 0, "0 undelivered messages.")]
    [InlineData("en", 1, "1 undelivered message.")]
    [InlineData("fr", 0, "0 message non remis.")]
    [InlineData("fr", 1, "1 message non remis.")]
    [InlineData("fr", 3, "3 messages non remis.")]
    public void A_count_agrees_with_its_number(string language, int count, string expected)
    {
        Assert.StartsWith(expected, Texts.For(language).Count(CountKeys.OutboxFallback, count), StringComparison.Ordinal);
    }

    [Fact]
    public void No_French_text_is_left_in_English()
    {
        var same = Texts.French.All
            .Where(p => Texts.English.All.TryGetValue(p.Key, out var english) && english == p.Value)
            .Where(p => Words().Matches(p.Value).Count >= 2)
            .Where(p => !p.Key.StartsWith(CountKeys.AgentsHelpExamplePrefix, StringComparison.Ordinal) && p.Key != "sla.dueFormat")
            .Select(p => p.Key).ToList();

        Assert.Empty(same);
    }

    [Fact]
    public void A_resolved_outage_is_not_titled_as_down()
    {
        Assert.Equal("✅ Service rétabli : Email", Texts.French.Get(TextKeys.AnnouncementsCardResolvedHeader, "Email"));
        Assert.DoesNotContain("La panne de ", Texts.French.Get(TextKeys.AnnouncementsCardResolvedText, "Email", "x"), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{\d\}\s+(\w+\s+)?(days|hours|minutes|tickets|incidents|messages|ratings|people|requests|articles|jours|heures|notes|personnes|demandes)\b")]
    private static partial Regex NumberThenPlural();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Words();
}
