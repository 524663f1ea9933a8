using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Bot.Tests.Api;

/// <summary><c>GET /api/metrics</c> end to end: tickets and deflections seeded in the host's store, figures by hand.</summary>
public sealed class ApiMetricsTests : IAsyncLifetime
{
    private readonly ApiHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Metrics_over_seeded_tickets_match_the_hand_computed_figures()
    {
        // One P2 incident answered in 10 min (due 30) and resolved in 2 h (due 8 h) by its only agent, rated 5;
        // one P2 incident still new; one access request still new; three helpful knowledge answers by three people, and
        // one answer clicked again by one of them (counted once); one helpful answer of the language model.
        var resolved = await _host.CreateAsync("29:alice", priority: Priority.P2);
        var created = resolved.CreatedAt;
        var sla = new SlaState(created.AddMinutes(30), created.AddHours(8), RespondedAt: created.AddMinutes(10));
        resolved = await _host.ChangeAsync(resolved, t => t with { Status = TicketStatus.InProgress, Assignee = ApiHost.Person("29:agent1"), Sla = sla }, "29:agent1", TicketEventKind.Assigned);
        await _host.ChangeAsync(resolved, t => t with { Status = TicketStatus.Resolved, ResolvedAt = created.AddHours(2), Rating = 5 }, "29:agent1", TicketEventKind.Resolved);
        await _host.CreateAsync("29:bob", priority: Priority.P2);
        await _host.CreateAsync("29:carol", TicketKind.Request, Priority.P4);
        var deflections = _host.Services.GetRequiredService<IDeflectionLog>();
        foreach (var person in new[] { "29:dave", "29:erin", "29:frank", "29:dave" })
        {
            await deflections.RecordAsync(new Deflection(DateTimeOffset.UtcNow, person, "kb-password", "answer"), CancellationToken.None);
        }

        // The language model's answer grounded in an article, marked helpful: a deflection by the model.
        await deflections.RecordAsync(new Deflection(DateTimeOffset.UtcNow, "29:grace", "kb-vpn", "model"), CancellationToken.None);

        // The period reaches past the resolution, recorded two hours after the creation.
        var now = DateTimeOffset.UtcNow;
        var (response, body) = await _host.GetAsync($"/api/metrics?from={ApiHost.Iso(now.AddHours(-1))}&to={ApiHost.Iso(now.AddHours(3))}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, body.GetProperty("incidentsCreated").GetInt32());
        Assert.Equal(2, body.GetProperty("backlog").GetProperty("total").GetInt32());
        Assert.Equal(["New/P2/1", "New/P4/1"], body.GetProperty("backlog").GetProperty("counts").EnumerateArray()
            .Select(c => $"{c.GetProperty("status").GetString()}/{c.GetProperty("priority").GetString()}/{c.GetProperty("count").GetInt32()}"));
        var p2 = body.GetProperty("byPriority").EnumerateArray().Single(p => p.GetProperty("priority").GetString() == "P2");
        Assert.Equal(2, p2.GetProperty("created").GetInt32());
        Assert.Equal(1, p2.GetProperty("resolved").GetInt32());
        Assert.Equal(10, p2.GetProperty("mtta").GetProperty("wallClockMinutes").GetDouble());
        Assert.Equal(120, p2.GetProperty("mttr").GetProperty("wallClockMinutes").GetDouble());
        // Business time depends on the day the test runs (business hours), never more than the wall clock.
        Assert.InRange(p2.GetProperty("mttr").GetProperty("businessMinutes").GetDouble(), 0, 120);
        Assert.Equal(1, body.GetProperty("incidentsResolved").GetInt32());
        Assert.Equal(100, Percent(body, "responseSla"));
        Assert.Equal(100, Percent(body, "resolutionSla"));
        Assert.Equal(100, Percent(body, "firstContactResolution"));
        Assert.Equal(66.7, Percent(body, "deflection")); // 4 / (4 + 2)
        var deflection = body.GetProperty("deflection");
        Assert.Equal((3, 50.0), (deflection.GetProperty("knowledgeBase").GetProperty("helpful").GetInt32(), deflection.GetProperty("knowledgeBase").GetProperty("percent").GetDouble()));
        Assert.Equal((1, 16.7), (deflection.GetProperty("model").GetProperty("helpful").GetInt32(), deflection.GetProperty("model").GetProperty("percent").GetDouble()));
        Assert.Equal(5, body.GetProperty("csat").GetProperty("average").GetDouble());
        Assert.Equal(100, body.GetProperty("csat").GetProperty("satisfiedPercent").GetDouble());
    }

    [Fact]
    public async Task Without_a_period_the_last_30_days_are_read()
    {
        var (response, body) = await _host.GetAsync("/api/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var from = body.GetProperty("from").GetDateTimeOffset();
        var to = body.GetProperty("to").GetDateTimeOffset();
        Assert.Equal(TimeSpan.FromDays(30), to - from);
    }

    [Theory]
    [InlineData("?from=2026-11-10&to=2026-11-01", "before")]
    [InlineData("?from=2024-01-01&to=2026-01-01", "366")]
    [InlineData("?from=last+week", "from")]
    [InlineData("?to=soon", "to")]
    [InlineData("?days=7", "days")]
    // The edges of the calendar: the default period counted back from 0001-01-01 would overflow (was a 500).
    [InlineData("?to=0001-01-01", "to")]
    [InlineData("?from=0001-01-01", "from")]
    [InlineData("?from=0001-01-01&to=0001-01-02", "from")]
    [InlineData("?to=9999-12-31", "to")]
    [InlineData("?from=9999-12-31", "from")]
    [InlineData("?from=9999-12-30&to=9999-12-31", "from")]
    [InlineData("?to=9999-12-31T23%3A59%3A59.9999999Z", "to")]
    [InlineData("?from=2026-11-02&to=2026-11-01T23%3A59%3A59Z", "before")]
    public async Task A_bad_period_is_400_with_a_short_reason(string query, string named)
    {
        var (response, body) = await _host.GetAsync("/api/metrics" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static double Percent(JsonElement body, string name) => body.GetProperty(name).GetProperty("percent").GetDouble();
}
