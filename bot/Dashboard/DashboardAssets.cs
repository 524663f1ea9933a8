using System.Reflection;
using System.Text.Json;
using ServiceDesk.Dialogs.Localization;

namespace ServiceDesk.Bot.Dashboard;

/// <summary>A file of the page, as served.</summary>
internal sealed record DashboardAsset(byte[] Content, string ContentType);

/// <summary>
/// The page's files, embedded in the bot at build time: the page, its script and style, and the npm packages it uses
/// (Chart.js, the Teams JavaScript SDK), so the page needs nothing from the internet. The page carries its texts in
/// both languages (every <c>dashboard.</c> text), and picks one in the browser.
/// </summary>
internal static class DashboardAssets
{
    public const string ResourcePrefix = "dashboard/";
    public const string ChartJs = "chart.umd.min.js";
    public const string TeamsJs = "MicrosoftTeams.min.js";

    private const string TextsMarker = "<!--TEXTS-->";

    private static readonly Lazy<IReadOnlyDictionary<string, DashboardAsset>> Files = new(Load);

    /// <summary>A file by name, or null (a package missing because <c>npm ci</c> did not run before the build).</summary>
    public static DashboardAsset? Find(string name) => Files.Value.GetValueOrDefault(name);

    public static DashboardAsset Page => Files.Value["index.html"];

    /// <summary>The team tab's setup page.</summary>
    public static DashboardAsset Configure => Files.Value["configure.html"];

    private static Dictionary<string, DashboardAsset> Load()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var files = new Dictionary<string, DashboardAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..];
            var content = Read(assembly, resource);
            if (name.EndsWith(".html", StringComparison.Ordinal))
            {
                var html = System.Text.Encoding.UTF8.GetString(content).Replace(TextsMarker, TextsJson(), StringComparison.Ordinal);
                content = System.Text.Encoding.UTF8.GetBytes(html);
            }

            files[name] = new DashboardAsset(content, ContentTypeOf(name));
        }

        return files;
    }

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The page's texts, <c>{"en":{"title":…},"fr":{…}}</c>, without the <c>dashboard.</c> prefix.</summary>
    private static string TextsJson()
    {
        var keys = typeof(TextKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.Name.StartsWith("Dashboard", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        Dictionary<string, string> Of(Texts texts) => keys.ToDictionary(k => k["dashboard.".Length..], k => texts.Get(k));
        var json = JsonSerializer.Serialize(
            new Dictionary<string, Dictionary<string, string>> { ["en"] = Of(Texts.English), ["fr"] = Of(Texts.French) },
            Api.ApiJson.Info<Dictionary<string, Dictionary<string, string>>>());
        return $"<script id=\"texts\" type=\"application/json\">{json}</script>";
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        _ => "application/octet-stream",
    };
}
