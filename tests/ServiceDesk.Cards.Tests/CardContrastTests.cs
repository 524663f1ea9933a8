using System.Globalization;
using System.Text.RegularExpressions;

namespace ServiceDesk.Cards.Tests;

/// <summary>
/// Every text colour a card uses reads at 4.5:1 or more (WCAG AA for normal text) on the Teams light theme's card
/// backgrounds. The colours are those of the Teams host config the Agents Playground renders cards with
/// (<c>node_modules/@microsoft/m365agentsplayground</c>, checked on 2026-12-06).
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

    [Fact]
    public void The_contrast_formula_gives_the_known_ratios()
    {
        Assert.Equal(21.0, Contrast("#000000", "#FFFFFF"), 1);
        Assert.Equal(2.1, Contrast(Light["Good"], "#FFFFFF"), 1);
    }

    [Fact]
    public void Every_text_colour_used_by_the_cards_reads_at_4_5_to_1_on_the_light_theme()
    {
        var used = UsedColours();
        Assert.NotEmpty(used);

        var failures = (
            from colour in used
            where colour != "Light" // white text, only meant for dark containers: no card uses it
            from background in LightBackgrounds
            let ratio = Contrast(Light[colour], background)
            where ratio < Minimum
            select $"{colour} on {background}: {ratio.ToString("0.0", CultureInfo.InvariantCulture)}:1").ToList();

        Assert.Empty(failures);
    }

    [Fact]
    public void Subtle_default_text_reads_at_4_5_to_1_on_the_light_theme()
    {
        // Subtle text is the default colour at 75 % opacity (#BF252424) over the card.
        foreach (var background in LightBackgrounds)
        {
            Assert.True(Contrast(Blend("#252424", 0xBF, background), background) >= Minimum, background);
        }
    }

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
