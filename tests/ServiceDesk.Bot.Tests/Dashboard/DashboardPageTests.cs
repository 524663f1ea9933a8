using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using ServiceDesk.Bot.Tests.Api;

namespace ServiceDesk.Bot.Tests.Dashboard;

/// <summary>
/// The dashboard page in headless Chromium over the seeded quarter: every view in English and French, light, dark
/// and high contrast (screenshots saved); the figures shown are the metrics API's for the same period; CSV exports
/// are the tables; a wrong key asks again and a signed-in employee who is no agent gets the refusal page.
/// </summary>
[Collection(SeededDeskCollection.Name)]
public sealed partial class DashboardPageTests(SeededDesk desk, DashboardBrowser browser) : IClassFixture<DashboardBrowser>, IDisposable
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly HttpClient _host = desk.Factory.CreateClient();

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("en", "light", "Open tickets by priority", "Key figures")]
    [InlineData("en", "dark", "Open tickets by priority", "Key figures")]
    [InlineData("fr", "light", "Tickets ouverts par priorité", "Chiffres clés")]
    [InlineData("fr", "dark", "Tickets ouverts par priorité", "Chiffres clés")]
    [InlineData("en", "contrast", "Open tickets by priority", "Key figures")]
    public async Task Every_view_renders_in_each_language_and_theme(string language, string theme, string nowHeading, string trendsHeading)
    {
        var page = await browser.OpenAsync(_host, ApiAuthTests.Key);
        await page.GotoAsync($"{DashboardBrowser.Origin}/dashboard?lang={language}&theme={theme}");

        await ReadyAsync(page, "now");
        Assert.Equal(theme, await page.GetAttributeAsync("html", "data-theme"));
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = nowHeading }).IsVisibleAsync());
        Assert.Equal(theme == "light" ? "rgb(245, 245, 245)" : theme == "dark" ? "rgb(31, 31, 31)" : "rgb(0, 0, 0)",
            await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        Assert.True(await page.Locator("#by-priority canvas").CountAsync() == 1, "The chart is drawn (Chart.js embedded in the bot).");
        await DashboardBrowser.ScreenshotAsync(page, $"dashboard-now-{language}-{theme}");

        await page.ClickAsync("#tab-trends");
        await ReadyAsync(page, "trends");
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = trendsHeading }).IsVisibleAsync());
        Assert.Equal(31, await page.Locator("#created-resolved-table tbody tr").CountAsync());
        await DashboardBrowser.ScreenshotAsync(page, $"dashboard-trends-{language}-{theme}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_figures_shown_are_the_metrics_apis_for_the_same_periods()
    {
        var page = await browser.OpenAsync(_host, ApiAuthTests.Key);
        await page.GotoAsync($"{DashboardBrowser.Origin}/dashboard?lang=en&view=trends&days=90");
        await ReadyAsync(page, "trends");
        var (_, current) = await desk.GetAsync($"/api/metrics?from={ApiHost.Iso(QuarterSeed.TestNow.AddDays(-90))}&to={ApiHost.Iso(QuarterSeed.TestNow)}");
        var (_, previous) = await desk.GetAsync($"/api/metrics?from={ApiHost.Iso(QuarterSeed.TestNow.AddDays(-180))}&to={ApiHost.Iso(QuarterSeed.TestNow.AddDays(-90))}");

        var rows = (await CellsAsync(page, "summary")).Skip(1).ToDictionary(r => r[0], r => (Current: r[1], Previous: r[2]));
        (string Label, Func<JsonElement, JsonElement> Read)[] figures =
        [
            ("Incidents created", m => Get(m, "incidentsCreated")),
            ("Incidents resolved", m => Get(m, "incidentsResolved")),
            ("Mean time to acknowledge (business minutes)", m => Get(m, "mtta", "businessMinutes")),
            ("Mean time to resolve (minutes, wall clock)", m => Get(m, "mttr", "wallClockMinutes")),
            ("Response SLA met (%)", m => Get(m, "responseSla", "percent")),
            ("Resolution SLA met (%)", m => Get(m, "resolutionSla", "percent")),
            ("First-contact resolution (%)", m => Get(m, "firstContactResolution", "percent")),
            ("Deflected without a ticket (%)", m => Get(m, "deflection", "percent")),
            ("Deflected by knowledge-base articles (%)", m => Get(m, "deflection", "knowledgeBase", "percent")),
            ("Deflected by the language model's answers (%)", m => Get(m, "deflection", "model", "percent")),
            ("Satisfaction (average of 1–5)", m => Get(m, "csat", "average")),
            ("Reopen rate (%)", m => Get(m, "trends", "reopened", "percent")),
        ];
        foreach (var (label, read) in figures)
        {
            Assert.Equal((Shown(read(current)), Shown(read(previous))), rows[label]);
        }

        Assert.NotEqual("0", rows["Incidents created"].Current);
        // The seeded answers are the articles' and the model's: both counted, and together the API's helpful answers.
        var deflection = current.GetProperty("deflection");
        var (byArticles, byModel) = (deflection.GetProperty("knowledgeBase").GetProperty("helpful").GetInt32(), deflection.GetProperty("model").GetProperty("helpful").GetInt32());
        Assert.True(byArticles > 0 && byModel > 0, $"{byArticles} and {byModel} helpful answers");
        Assert.Equal(deflection.GetProperty("helpfulAnswers").GetInt32(), byArticles + byModel);
        var daily = (await CellsAsync(page, "created-resolved")).Skip(1).ToList();
        Assert.Equal(current.GetProperty("trends").GetProperty("daily").EnumerateArray().Sum(d => d.GetProperty("created").GetInt32()), daily.Sum(r => int.Parse(r[1], NumberStyles.AllowThousands, English)));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_now_view_shows_the_apis_backlog_and_breaches_each_linked_to_its_ticket()
    {
        var page = await browser.OpenAsync(_host, ApiAuthTests.Key);
        await page.GotoAsync($"{DashboardBrowser.Origin}/dashboard?lang=en");
        await ReadyAsync(page, "now");
        var (_, now) = await desk.GetAsync("/api/dashboard/now");

        Assert.Equal(Shown(now.GetProperty("backlog").GetProperty("total")), await page.Locator("[data-figure='Open tickets'] .value").InnerTextAsync());
        var byPriority = (await CellsAsync(page, "by-priority")).Skip(1).Select(r => $"{r[0]}={r[1]}");
        Assert.Equal(now.GetProperty("byPriority").EnumerateArray().Select(c => $"{c.GetProperty("name").GetString()}={Shown(c.GetProperty("count"))}"), byPriority);
        Assert.Equal(Shown(now.GetProperty("breachedCount")), await page.Locator("[data-figure='Breached'] .value").InnerTextAsync());
        var breached = (await CellsAsync(page, "breached")).Skip(1).Select(r => r[0]).ToList();
        Assert.Equal(now.GetProperty("breached").EnumerateArray().Select(b => b.GetProperty("number").GetString()), breached);
        var first = page.Locator("#breached-table tbody tr a").First;
        Assert.StartsWith("https://teams.microsoft.com/l/message/19%3Adesk-queue%40thread.tacv2/", await first.GetAttributeAsync("href"), StringComparison.Ordinal);
        var outage = (await CellsAsync(page, "major-incidents")).Skip(1).Single();
        Assert.Equal(["VPN down in Lyon", "VPN", "0", "3", "2", "2"], outage.Skip(1).Take(2).Concat(outage.Skip(4)));
        var problem = (await CellsAsync(page, "problems")).Skip(1).Single();
        Assert.Equal(["PRB-000001", "Printers offline on floor 2", "Known error", "printing"], problem.Take(4));
        Assert.Equal(Shown(now.GetProperty("problems")[0].GetProperty("linkedIncidents")), problem[5]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_breached_and_at_risk_tables_show_the_status_in_french_on_the_french_page()
    {
        var french = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["New"] = "Nouveau", ["AwaitingApproval"] = "En attente d'approbation", ["Approved"] = "Approuvé", ["InProgress"] = "En cours", ["OnHold"] = "En attente",
        };
        var page = await browser.OpenAsync(_host, ApiAuthTests.Key);
        await page.GotoAsync($"{DashboardBrowser.Origin}/dashboard?lang=fr");
        await ReadyAsync(page, "now");
        var (_, now) = await desk.GetAsync("/api/dashboard/now");

        var shown = 0;
        foreach (var list in new[] { "breached", "at-risk" })
        {
            var expected = now.GetProperty(list == "at-risk" ? "atRisk" : "breached").EnumerateArray().Select(r => french[r.GetProperty("status").GetString()!]).ToList();
            if (expected.Count > 0) // an empty list is a message, not a table
            {
                Assert.Equal(expected, (await CellsAsync(page, list)).Skip(1).Select(r => r[3]));
                shown += expected.Count;
            }
        }

        Assert.True(shown > 0, "The seeded desk has tickets at risk or breached.");

        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("now", "by-category")]
    [InlineData("trends", "created-resolved")]
    [InlineData("trends", "summary")]
    public async Task Each_csv_export_is_its_table(string view, string table)
    {
        var page = await browser.OpenAsync(_host, ApiAuthTests.Key);
        await page.GotoAsync($"{DashboardBrowser.Origin}/dashboard?lang=fr&view={view}");
        await ReadyAsync(page, view);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"button[data-export='{table}']"));
        var saved = Path.Combine(DashboardBrowser.Artifacts, $"dashboard-{table}-fr.csv");
        await download.SaveAsAsync(saved);
        var csv = await File.ReadAllTextAsync(saved, Encoding.UTF8);

        var cells = await CellsAsync(page, table);
        Assert.True(cells.Count > 1, "The table has rows.");
        var expected = string.Concat(cells.Select(row => string.Join(',', row.Select(Quote)) + "\r\n"));
        Assert.Equal(expected, csv.TrimStart('\uFEFF'));
        Assert.Equal($"{table}.csv", download.SuggestedFilename);
        await page.Context.CloseAsync();
    }

    private static async Task ReadyAsync(IPage page, string state)
    {
        try
        {
            await page.WaitForSelectorAsync($"body[data-ready='{state}']", new() { Timeout = (float)Timeout.TotalMilliseconds, State = WaitForSelectorState.Attached });
        }
        catch (TimeoutException timedOut)
        {
            var shot = await DashboardBrowser.ScreenshotAsync(page, "dashboard-not-ready-" + state);
            throw new TimeoutException($"The dashboard never showed '{state}' (screenshot {shot}).", timedOut);
        }
    }

    private static async Task<List<string[]>> CellsAsync(IPage page, string table) =>
        [.. await page.EvaluateAsync<string[][]>(
            "id => [...document.getElementById(id + '-table').rows].map(r => [...r.cells].map(c => c.textContent))", table)];

    /// <summary>A value by its path; Undefined when the API left it out (nulls are not written).</summary>
    private static JsonElement Get(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (!element.TryGetProperty(name, out element))
            {
                return default;
            }
        }

        return element;
    }

    /// <summary>A figure as the page shows it in English: one decimal at most, thousands grouped, a dash for none.</summary>
    private static string Shown(JsonElement value) =>
        value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? "–" : value.GetDouble().ToString("#,##0.#", English);

    private static string Quote(string cell) =>
        cell.IndexOfAny(['"', ',', '\r', '\n', ';']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
