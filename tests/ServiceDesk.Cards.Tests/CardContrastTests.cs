using System.Globalization;
using System.Text.RegularExpressions;

namespace ServiceDesk.Cards.Tests;

/// <summary>
/// Every text colour a card uses reads at 4.5:1 or more (WCAG AA for normal text) on the card backgrounds of Teams'
/// light and dark themes, and default text on every container style's band. Light: the Teams host config the Agents
/// Playground renders cards with (<c>node_modules/@microsoft/m365agentsplayground</c>, checked on 2026-12-06). Dark:
/// Microsoft's published Teams dark host config (the Adaptive Cards samples' <c>microsoft-teams-dark.json</c>), where
/// the attention red reads 3.3:1, so cards show no red, warning or good text in either theme. High contrast: Teams'
/// high-contrast theme (Fluent UI's <c>teams-high-contrast</c> colours: white text on black, the brand colour an
/// accessible yellow, an accessible green and a pure red), mapped to the card's colour names; the renderer draws every
/// container on the theme's black there, so the style bands are checked in the light and dark themes only.
/// </summary>
public sealed partial class CardContrastTests
{
    private const double Minimum = 4.5;

    private static readonly Dictionary<string, string> Light = new(StringComparer.Ordinal)
    {
        ["Default"] = "#252424",
        ["Dark"] = "#252424",
        ["Accent"] = "#6264A7",
        ["Good"] = "#92C353",
        ["Warning"] = "#F8D22A",
        ["Attention"] = "#C4314B",
    };

    /// <summary>The default container and the emphasis one.</summary>
    private static readonly string[] LightBackgrounds = ["#FFFFFF", "#F9F8F7"];

    private static readonly Dictionary<string, string> Dark = new(StringComparer.Ordinal)
    {
        ["Default"] = "#FFFFFF",
        ["Dark"] = "#201F1F",
        ["Accent"] = "#A6A7DC",
        ["Good"] = "#92C353",
        ["Warning"] = "#F8D22A",
        ["Attention"] = "#D74654",
    };

    private static readonly string[] DarkBackgrounds = ["#2D2C2C", "#292828"];

    private static readonly Dictionary<string, string> HighContrast = new(StringComparer.Ordinal)
    {
        ["Default"] = "#FFFFFF",
        ["Dark"] = "#FFFFFF",
        ["Accent"] = "#FFFF00",
        ["Good"] = "#3FF23F",
        ["Warning"] = "#FFFF00",
        ["Attention"] = "#FF0000",
    };

    private static readonly string[] HighContrastBackgrounds = ["#000000"];

    /// <summary>
    /// The bands of the accent, good, attention and warning container styles (the same in both configs), with the
    /// default text colour each theme writes on them.
    /// </summary>
    private static readonly string[] StyleBands = ["#C7DEF9", "#CCFFCC", "#FFC5B2", "#FFE2B2"];

    private static readonly string[] BandText = ["#252424", "#201F1F"];

    public static TheoryData<string> Themes => new() { "light", "dark", "high-contrast" };

    [Fact]
    public void The_contrast_formula_gives_the_known_ratios()
    {
        Assert.Equal(21.0, Contrast("#000000", "#FFFFFF"), 1);
        Assert.Equal(2.1, Contrast(Light["Good"], "#FFFFFF"), 1);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public void Every_text_colour_used_by_the_cards_reads_at_4_5_to_1(string theme)
    {
        var (palette, backgrounds) = Theme(theme);
        var used = UsedColours();
        Assert.NotEmpty(used);

        var failures = (
            from colour in used
            where colour != "Light" // white text, only meant for dark containers: no card uses it
            from background in backgrounds
            let ratio = Contrast(palette[colour], background)
            where ratio < Minimum
            select $"{colour} on {background}: {ratio.ToString("0.0", CultureInfo.InvariantCulture)}:1").ToList();

        Assert.Empty(failures);
    }

    [Fact]
    public void The_dark_themes_attention_red_is_below_4_5_to_1_so_no_card_may_use_it()
    {
        Assert.True(Contrast(Dark["Attention"], DarkBackgrounds[0]) < Minimum);
        Assert.DoesNotContain("Attention", UsedColours());
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public void Subtle_default_text_reads_at_4_5_to_1(string theme)
    {
        // Subtle text is the default colour at 75 % opacity (#BF252424 light, #BFFFFFFF dark and high contrast) over the card.
        var (palette, backgrounds) = Theme(theme);
        var colour = palette["Default"];
        foreach (var background in backgrounds)
        {
            Assert.True(Contrast(Blend(colour, 0xBF, background), background) >= Minimum, background);
        }
    }

    [Fact]
    public void Default_text_on_every_container_styles_band_reads_at_4_5_to_1_in_both_themes()
    {
        var failures = (
            from band in StyleBands
            from text in BandText
            let ratio = Contrast(text, band)
            where ratio < Minimum
            select $"{text} on {band}: {ratio.ToString("0.0", CultureInfo.InvariantCulture)}:1").ToList();

        Assert.Empty(failures);
    }

    private static (Dictionary<string, string> Palette, string[] Backgrounds) Theme(string theme) => theme switch
    {
        "dark" => (Dark, DarkBackgrounds),
        "high-contrast" => (HighContrast, HighContrastBackgrounds),
        _ => (Light, LightBackgrounds),
    };

    private static HashSet<string> UsedColours()
    {
        var root = RepositoryRoot();
        var files = new[] { "cards", "dialogs" }.SelectMany(d => Directory.EnumerateFiles(Path.Combine(root, d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith("CardEnums.cs", StringComparison.Ordinal));
        return [.. files.SelectMany(f => ColourUse().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))];
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ServiceDesk.Bot.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        static double Channel(int value)
        {
            var c = value / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        var (r, g, b) = Rgb(hex);
        return (0.2126 * Channel(r)) + (0.7152 * Channel(g)) + (0.0722 * Channel(b));
    }

    private static string Blend(string hex, int alpha, string background)
    {
        var (r, g, b) = Rgb(hex);
        var (br, bg, bb) = Rgb(background);
        int Mix(int front, int back) => (int)Math.Round(((front * alpha) + (back * (255 - alpha))) / 255.0);
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(r, br):X2}{Mix(g, bg):X2}{Mix(b, bb):X2}");
    }

    private static (int R, int G, int B) Rgb(string hex) =>
        (Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16));

    [GeneratedRegex(@"TextColor\.(\w+)")]
    private static partial Regex ColourUse();
}
