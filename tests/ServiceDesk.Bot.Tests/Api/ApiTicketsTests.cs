using System.Net;
using System.Text.Json;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Bot.Tests.Api;

/// <summary><c>GET /api/tickets/{number}</c> and <c>GET /api/tickets</c> over tickets seeded in the host's store.</summary>
public sealed class ApiTicketsTests : IAsyncLifetime
{
    private readonly ApiHost _host = new();
    private Ticket _a = null!; // alice's, new
    private Ticket _b = null!; // bob's, in progress with agent1
    private Ticket _c = null!; // alice's, resolved by agent1

    public async Task InitializeAsync()
    {
        _a = await _host.CreateAsync("29:alice");
        _b = await _host.CreateAsync("29:bob");
        _c = await _host.CreateAsync("29:alice", priority: Priority.P2);
        _b = await _host.ChangeAsync(_b, t => t with { Status = TicketStatus.InProgress, Assignee = ApiHost.Person("29:agent1") }, "29:agent1", TicketEventKind.Assigned);
        _c = await _host.ChangeAsync(_c, t => t with { Status = TicketStatus.InProgress, Assignee = ApiHost.Person("29:agent1") }, "29:agent1", TicketEventKind.Assigned);
        _c = await _host.ChangeAsync(_c, t => t with { Status = TicketStatus.Resolved, ResolvedAt = t.CreatedAt.AddHours(2), ResolutionNote = "Profile rebuilt" }, "29:agent1", TicketEventKind.Resolved);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_ticket_comes_with_its_history_in_camelCase_JSON_with_ISO_dates()
    {
        var (response, body) = await _host.GetAsync($"/api/tickets/{_c.Number}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var ticket = body.GetProperty("ticket");
        Assert.Equal(_c.Number.ToString(), ticket.GetProperty("number").GetString());
        Assert.Equal("Resolved", ticket.GetProperty("status").GetString());
        Assert.Equal("P2", ticket.GetProperty("priority").GetString());
        Assert.Equal("29:agent1", ticket.GetProperty("assignee").GetProperty("id").GetString());
        Assert.Equal(_c.ResolvedAt, DateTimeOffset.Parse(ticket.GetProperty("resolvedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", ticket.GetProperty("createdAt").GetString());
        Assert.False(ticket.TryGetProperty("cards", out _));
        Assert.Equal(["Created", "Assigned", "Resolved"], body.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
    }

    [Theory]
    [InlineData("INC-999999")]
    [InlineData("INC-12x")]
    [InlineData("hello")]
    [InlineData("REQ-000001")]
    public async Task An_unknown_or_malformed_number_is_404(string number)
    {
        var (response, body) = await _host.GetAsync("/api/tickets/" + number);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not_found", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Lists_filter_by_status_assignee_requester_and_creation()
    {
        Assert.Equal([_a.Number], await NumbersAsync("?status=New"));
        Assert.Equal([_a.Number], await NumbersAsync("?status=new"));
        Assert.Equal([_c.Number, _b.Number], await NumbersAsync("?assignee=29%3Aagent1"));
        Assert.Equal([_c.Number, _a.Number], await NumbersAsync("?requester=29%3Aalice"));
        Assert.Equal([_c.Number], await NumbersAsync("?requester=29%3Aalice&status=Resolved"));
        Assert.Equal([_b.Number], await NumbersAsync("?assignee=29%3Aagent1&status=InProgress"));
        Assert.Equal([_c.Number, _b.Number], await NumbersAsync("?since=" + ApiHost.Iso(_b.CreatedAt)));
        Assert.Empty(await NumbersAsync("?assignee=29%3Anobody"));
    }

    [Fact]
    public async Task Pages_follow_the_continuation_which_is_bound_to_its_filters()
    {
        var (_, first) = await _host.GetAsync("/api/tickets?pageSize=2");
        Assert.Equal(2, first.GetProperty("tickets").GetArrayLength());
        var continuation = Uri.EscapeDataString(first.GetProperty("continuation").GetString()!);

        var (_, second) = await _host.GetAsync($"/api/tickets?pageSize=2&continuation={continuation}");
        var all = first.GetProperty("tickets").EnumerateArray().Concat(second.GetProperty("tickets").EnumerateArray())
            .Select(t => t.GetProperty("number").GetString()).ToList();
        Assert.Equal([_c.Number.ToString(), _b.Number.ToString(), _a.Number.ToString()], all);
        Assert.False(second.TryGetProperty("continuation", out _));

        var (elsewhere, error) = await _host.GetAsync($"/api/tickets?pageSize=2&status=New&continuation={continuation}");
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.Contains("continuation", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_well_wrapped_continuation_the_store_did_not_issue_is_400_not_500()
    {
        var forged = ServiceDesk.Bot.Api.ApiQuery.Wrap(new ServiceDesk.Dialogs.Ports.TicketFilter(), "not-a-store-token")!;

        var (response, body) = await _host.GetAsync("/api/tickets?continuation=" + Uri.EscapeDataString(forged));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("continuation", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?status=Bogus", "status")]
    [InlineData("?status=1", "status")]
    [InlineData("?status=New&status=Closed", "status")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=101", "pageSize")]
    [InlineData("?pageSize=ten", "pageSize")]
    [InlineData("?since=yesterday", "since")]
    [InlineData("?since=11%2F02%2F2026", "since")]
    [InlineData("?since=2026-13-45", "since")]
    [InlineData("?since=0001-01-01", "since")]
    [InlineData("?since=9999-12-31", "since")]
    [InlineData("?since=9999-12-31T23%3A59%3A59.9999999Z", "since")]
    [InlineData("?asignee=29%3Aagent1", "asignee")]
    [InlineData("?continuation=%21%21%21", "continuation")]
    [InlineData("?requester=", "requester")]
    public async Task Bad_parameters_are_400_with_a_short_reason(string query, string named)
    {
        var (response, body) = await _host.GetAsync("/api/tickets" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("bad_parameter", body.GetProperty("error").GetString());
        Assert.Contains(named, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<List<TicketNumber>> NumbersAsync(string query)
    {
        var (response, body) = await _host.GetAsync("/api/tickets" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. body.GetProperty("tickets").EnumerateArray().Select(t => TicketNumber.Parse(t.GetProperty("number").GetString()!))];
    }
}
