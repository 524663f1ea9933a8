using System.Text.Json.Nodes;

namespace ServiceDesk.EndToEnd.Tests.TeamsApp;

/// <summary>scripts/package-app.mjs builds an app package Teams accepts: checked against the bundled schemas.</summary>
public sealed class TeamsAppPackageTests(PackagedApp app) : IClassFixture<PackagedApp>
{
    [Fact]
    public async Task The_manifest_and_the_French_localization_pass_the_schemas_bundled_in_app_manifest()
    {
        var (exitCode, output) = await PackagedApp.RunNodeScriptAsync("validate-app.mjs",
            [Path.Combine(app.Extracted, "manifest.json"), Path.Combine(app.Extracted, "fr-fr.json")], new Dictionary<string, string?>());

        Assert.True(exitCode == 0, output);
        Assert.Contains("v1.30/MicrosoftTeams.schema.json", output);
        Assert.Contains("v1.30/MicrosoftTeams.Localization.schema.json", output);
    }

    [Fact]
    public async Task Schema_validation_rejects_a_manifest_that_breaks_the_schema()
    {
        var broken = (JsonObject)app.Manifest.DeepClone();
        broken["name"]!["short"] = new string('x', 31);
        broken["bots"]![0]!["scopes"] = new JsonArray("personal", "everywhere");
        var path = Path.Combine(app.Folder, "broken-manifest.json");
        await File.WriteAllTextAsync(path, broken.ToJsonString());

        var (exitCode, output) = await PackagedApp.RunNodeScriptAsync("validate-app.mjs", [path], new Dictionary<string, string?>());

        Assert.Equal(1, exitCode);
        Assert.Contains("/name/short", output);
        Assert.Contains("/bots/0/scopes/1", output);
    }

    [Fact]
    public void The_package_holds_the_manifest_the_French_strings_and_both_icons()
    {
        var files = Directory.GetFiles(app.Extracted).Select(Path.GetFileName).Order();

        Assert.Equal(["color.png", "fr-fr.json", "manifest.json", "outline.png"], files);
    }

    [Fact]
    public void The_manifest_carries_the_settings()
    {
        var manifest = app.Manifest;

        Assert.Equal("1.30", (string?)manifest["manifestVersion"]);
        Assert.Equal("2.3.4", (string?)manifest["version"]);
        Assert.Equal("Test Desk", (string?)manifest["name"]!["short"]);
        Assert.Equal("Contoso IT", (string?)manifest["developer"]!["name"]);
        Assert.Equal("https://servicedesk.contoso.example/privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal(PackagedApp.BotAppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(["servicedesk.contoso.example"], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.True(Guid.TryParse((string?)manifest["id"], out var appId) && appId != Guid.Parse(PackagedApp.BotAppId));
    }

    [Fact]
    public void The_bot_serves_personal_chats_and_teams_and_lists_the_four_things_it_does()
    {
        var bot = app.Manifest["bots"]![0]!;
        var personal = bot["commandLists"]!.AsArray().Single(l => l!["scopes"]!.AsArray().Any(s => (string?)s == "personal"))!;
        var titles = personal["commands"]!.AsArray().Select(c => (string?)c!["title"]).ToList();

        Assert.Equal(["personal", "team"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Contains("report incident", titles);
        Assert.Contains("request access", titles);
        Assert.Contains("my tickets", titles);
        Assert.Contains("ask", titles);
        Assert.Contains(bot["commandLists"]!.AsArray(), l => l!["scopes"]!.AsArray().Any(s => (string?)s == "team"));
    }

    [Fact]
    public void The_dashboard_is_a_personal_tab_and_a_team_tab_on_the_bots_host_with_single_sign_on()
    {
        var personal = app.Manifest["staticTabs"]!.AsArray().Single()!;
        var team = app.Manifest["configurableTabs"]!.AsArray().Single()!;
        var french = JsonNode.Parse(File.ReadAllText(Path.Combine(app.Extracted, "fr-fr.json")))!;

        Assert.Equal(["personal"], personal["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal("https://servicedesk.contoso.example/dashboard?host=teams&theme={theme}&lang={locale}", (string?)personal["contentUrl"]);
        Assert.Equal(["team"], team["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.StartsWith("https://servicedesk.contoso.example/dashboard/configure?", (string?)team["configurationUrl"], StringComparison.Ordinal);
        Assert.Equal(PackagedApp.BotAppId, (string?)app.Manifest["webApplicationInfo"]!["id"]);
        Assert.Equal($"api://servicedesk.contoso.example/{PackagedApp.BotAppId}", (string?)app.Manifest["webApplicationInfo"]!["resource"]);
        Assert.Equal("Tableau de bord", (string?)french["staticTabs[0].name"]);
    }

    [Fact]
    public async Task Without_the_bots_host_the_package_has_no_tab_and_still_passes_the_schemas()
    {
        var settings = PackagedApp.Settings(PackagedApp.BotAppId);
        settings["BOT_DOMAIN"] = string.Empty;
        var zip = Path.Combine(app.Folder, "no-domain.zip");
        var extracted = Path.Combine(app.Folder, "no-domain");
        Assert.Equal(0, (await PackagedApp.RunNodeScriptAsync("package-app.mjs", ["--out", zip], settings)).ExitCode);
        System.IO.Compression.ZipFile.ExtractToDirectory(zip, extracted);

        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(extracted, "manifest.json")))!.AsObject();
        var (exitCode, output) = await PackagedApp.RunNodeScriptAsync("validate-app.mjs",
            [Path.Combine(extracted, "manifest.json"), Path.Combine(extracted, "fr-fr.json")], new Dictionary<string, string?>());

        Assert.False(manifest.ContainsKey("staticTabs") || manifest.ContainsKey("configurableTabs") || manifest.ContainsKey("webApplicationInfo"));
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void The_French_localization_is_declared_and_translates_the_commands()
    {
        var additional = app.Manifest["localizationInfo"]!["additionalLanguages"]!.AsArray().Single()!;
        var french = JsonNode.Parse(File.ReadAllText(Path.Combine(app.Extracted, (string)additional["file"]!)))!;

        Assert.Equal("en-us", (string?)app.Manifest["localizationInfo"]!["defaultLanguageTag"]);
        Assert.Equal("fr-fr", (string?)additional["languageTag"]);
        Assert.Equal("Test Desk", (string?)french["name.short"]);
        Assert.Equal("signaler un incident", (string?)french["bots[0].commandLists[0].commands[0].title"]);
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Icons_have_the_sizes_Teams_requires(string file, int size)
    {
        var header = PngHeader.Read(Path.Combine(app.Extracted, file));

        Assert.Equal((size, size, PngHeader.Rgba), (header.Width, header.Height, header.ColourType));
    }

    [Fact]
    public async Task The_same_bot_id_always_gets_the_same_app_id()
    {
        var again = Path.Combine(app.Folder, "again.zip");

        var (exitCode, output) = await PackagedApp.RunNodeScriptAsync("package-app.mjs", ["--out", again], PackagedApp.Settings(PackagedApp.BotAppId));

        Assert.True(exitCode == 0, output);
        Assert.Equal(await File.ReadAllBytesAsync(app.ZipPath), await File.ReadAllBytesAsync(again));
    }

    [Theory]
    [InlineData(null, "BOT_APP_ID is required")]
    [InlineData("not-a-guid", "BOT_APP_ID must be a GUID")]
    public async Task Packaging_without_a_valid_bot_app_id_fails_and_names_the_setting(string? botAppId, string message)
    {
        var output = Path.Combine(app.Folder, "refused.zip");

        var (exitCode, text) = await PackagedApp.RunNodeScriptAsync("package-app.mjs", ["--out", output], PackagedApp.Settings(botAppId));

        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, text);
        Assert.False(File.Exists(output));
    }
}
