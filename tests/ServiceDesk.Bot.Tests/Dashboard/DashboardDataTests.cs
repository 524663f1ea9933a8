using System.Net;
using System.Text.Json;

namespace ServiceDesk.Bot.Tests.Dashboard;

/// <summary>The dashboard's data over a seeded quarter: the same figures as <c>/api/metrics</c>, and plausible ones.</summary>
[Collection(SeededDeskCollection.Name)]
public sealed class DashboardDataTests(SeededDesk desk)
{
    [Fact]
    public async Task Trends_equal_the_metrics_api_for_the_period_and_the_previous_one()
    {
        var (status, trends) = await desk.GetAsync("/api/dashboard/trends?days=30");
        Assert.Equal(HttpStatusCode.OK, status);

        foreach (var (name, from, to) in new[] { ("current", -30, 0), ("previous", -60, -30) })
        {
            var (_, metrics) = await desk.GetAsync($"/api/metrics?from={Iso(from)}&to={Iso(to)}");
            var period = trends.GetProperty(name);
            Assert.Equal(Iso(from), Uri.EscapeDataString(period.GetProperty("from").GetDateTimeOffset().ToString("o", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Equal(metrics.GetRawText(), period.GetRawText());
        }

        var current = trends.GetProperty("current");
        Assert.InRange(current.GetProperty("incidentsCreated").GetInt32(), 1_200, 1_800);
        // The period starts at 14:00: its first and last UTC days are both partly in it.
        Assert.Equal(31, current.GetProperty("trends").GetProperty("daily").GetArrayLength());
        Assert.InRange(current.GetProperty("trends").GetProperty("reopened").GetProperty("met").GetInt32(), 1, 200);
        Assert.InRange(current.GetProperty("csat").GetProperty("rated").GetInt32(), 100, 1_000);
        Assert.InRange(current.GetProperty("deflection").GetProperty("helpfulAnswers").GetInt32(), 200, 600);
    }

    [Fact]
    public async Task Now_lists_the_open_backlog_with_at_risk_and_breached_tickets()
    {
        var (status, now) = await desk.GetAsync("/api/dashboard/now");

        Assert.Equal(HttpStatusCode.OK, status);
        var total = now.GetProperty("backlog").GetProperty("total").GetInt32();
        Assert.InRange(total, 50, 1_000);
        Assert.Equal(total, Sum(now.GetProperty("byPriority")));
        Assert.Equal(total, Sum(now.GetProperty("byCategory")));
        Assert.Equal(total, Sum(now.GetProperty("byQueue")));
        Assert.InRange(now.GetProperty("breached").GetArrayLength(), 1, now.GetProperty("breachedCount").GetInt32());
        var outage = now.GetProperty("majorIncidents").EnumerateArray().Single();
        Assert.Equal((3, 2, 2), (outage.GetProperty("affected").GetInt32(), outage.GetProperty("acknowledged").GetInt32(), outage.GetProperty("linkedIncidents").GetInt32()));
        Assert.InRange(now.GetProperty("unassigned").GetInt32(), 1, total);
        Assert.Equal(QuarterSeed.Agents.Length, now.GetProperty("agents").GetArrayLength());
        var problem = now.GetProperty("problems").EnumerateArray().Single();
        Assert.Equal(("PRB-000001", "KnownError", "printing", 2),
            (problem.GetProperty("id").GetString(), problem.GetProperty("status").GetString(), problem.GetProperty("service").GetString(), problem.GetProperty("linkedIncidents").GetInt32()));
    }

    [Fact]
    public async Task Now_shows_the_undecided_clusters_of_the_week_and_not_the_dismissed_or_older_ones()
    {
        var (_, now) = await desk.GetAsync("/api/dashboard/now");

        var ids = now.GetProperty("clusters").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Contains(SeededDesk.SeededCluster, ids);
        Assert.DoesNotContain("seeded-dismissed", ids);
        Assert.DoesNotContain("seeded-old", ids);
        var seeded = now.GetProperty("clusters").EnumerateArray().Single(c => c.GetProperty("id").GetString() == SeededDesk.SeededCluster);
        Assert.Equal(("Service", "wifi", 5), (seeded.GetProperty("kind").GetString(), seeded.GetProperty("shared").GetString(), seeded.GetProperty("incidents").GetInt32()));
    }

    [Fact]
    public async Task Now_backlog_equals_the_metrics_apis_backlog()
    {
        var (_, now) = await desk.GetAsync("/api/dashboard/now");
        var (_, metrics) = await desk.GetAsync($"/api/metrics?from={Iso(-30)}&to={Iso(0)}");

        Assert.Equal(metrics.GetProperty("backlog").GetRawText(), now.GetProperty("backlog").GetRawText());
    }

    private static int Sum(JsonElement counts) => counts.EnumerateArray().Sum(c => c.GetProperty("count").GetInt32());

    private static string Iso(int days) => Api.ApiHost.Iso(QuarterSeed.TestNow.AddDays(days));
}
