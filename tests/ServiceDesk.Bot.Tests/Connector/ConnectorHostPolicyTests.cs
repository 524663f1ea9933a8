using ServiceDesk.Bot.Protocol;
using ServiceDesk.Bot.Protocol.Connector;

namespace ServiceDesk.Bot.Tests.Connector;

public sealed class ConnectorHostPolicyTests : IAsyncLifetime
{
    private FakeConnector connector = null!;
    private readonly CountingTokenProvider tokens = new();

    public async Task InitializeAsync() => connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    private static Activity Message() => new() { Type = ActivityTypes.Message, Text = "hello" };

    [Fact]
    public async Task Listed_host_gets_the_bearer_token()
    {
        var client = ConnectorHarness.Build(ConnectorHarness.Authenticated(), tokens).Client();

        var outcome = await client.SendAsync(connector.ServiceUrl, "a:1", Message(), default);

        Assert.True(outcome.Succeeded);
        Assert.Equal("Bearer token-1", Assert.Single(connector.Requests).Authorization);
    }

    [Fact]
    public async Task Unlisted_host_is_refused_without_any_request_or_token()
    {
        var client = ConnectorHarness.Build(ConnectorHarness.Authenticated(), tokens).Client();

        // localhost is the same server, but only 127.0.0.1 is on the allow-list.
        var outcome = await client.SendAsync($"http://localhost:{connector.Port}/", "a:1", Message(), default);

        Assert.Equal(ConnectorFailure.HostNotAllowed, outcome.Failure);
        Assert.Empty(connector.Requests);
        Assert.Equal(0, tokens.Calls);
    }

    [Fact]
    public async Task Local_mode_calls_loopback_hosts_without_any_Authorization_header()
    {
        // The real token provider: in local mode it must never produce a token.
        var client = ConnectorHarness.Build(ConnectorHarness.Local()).Client();

        var outcome = await client.SendAsync($"http://localhost:{connector.Port}/_connector", "a:1", Message(), default);

        Assert.True(outcome.Succeeded);
        var request = Assert.Single(connector.Requests);
        Assert.Null(request.Authorization);
        Assert.Equal("/_connector/v3/conversations/a%3A1/activities", request.RawTarget);
    }

    [Theory]
    [InlineData("https://smba.evil.example/teams/")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("not a url")]
    public async Task Local_mode_refuses_remote_hosts_and_other_schemes(string serviceUrl)
    {
        var client = ConnectorHarness.Build(ConnectorHarness.Local()).Client();

        var outcome = await client.SendAsync(serviceUrl, "a:1", Message(), default);

        Assert.Equal(ConnectorFailure.HostNotAllowed, outcome.Failure);
    }

    [Theory]
    [InlineData("smba.trafficmanager.net", true)]
    [InlineData("SMBA.TrafficManager.net", true)]
    [InlineData("emea.smba.trafficmanager.net", true)]
    [InlineData("a.b.smba.trafficmanager.net", true)]
    [InlineData("smba.infra.gcc.teams.microsoft.com", true)]
    [InlineData("evilsmba.trafficmanager.net", false)]
    [InlineData("smba.trafficmanager.net.evil.example", false)]
    [InlineData("x.smba.infra.gcc.teams.microsoft.com", false)]
    [InlineData("127.0.0.1", false)]
    public void IsListed_MatchesExactHostsAndWildcardSubdomains(string host, bool expected) =>
        Assert.Equal(expected, ConnectorHostPolicy.IsListed(host, new global::ServiceDesk.Bot.Hosting.BotOptions().ConnectorHosts));

    [Fact]
    public void Wildcard_does_not_match_the_bare_suffix() =>
        Assert.False(ConnectorHostPolicy.IsListed("example.com", ["*.example.com"]));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", "WithToken")]
    [InlineData("http://smba.trafficmanager.net/emea/", "Refused")] // the token would cross the network in clear
    [InlineData("http://emea.smba.trafficmanager.net/", "Refused")]
    [InlineData("http://127.0.0.1:5000/", "WithToken")] // listed loopback: the request never leaves the machine
    [InlineData("http://[::1]:5000/", "Refused")] // loopback, but not listed
    public void A_bearer_token_goes_over_https_only_loopback_excepted(string serviceUrl, string expected)
    {
        var options = new global::ServiceDesk.Bot.Hosting.BotOptions { AppId = "00000000-0000-0000-0000-0000000000b0" };
        options.ConnectorHosts.Add("127.0.0.1");

        Assert.Equal(Enum.Parse<HostDecision>(expected), ConnectorHostPolicy.Decide(new Uri(serviceUrl), options));
    }
}
