using ServiceDesk.Bot.Protocol;
using ServiceDesk.Bot.Protocol.Connector;

namespace ServiceDesk.Bot.Tests.Connector;

// What the transport does: timeouts (POST never retried), the caller's cancellation, a refused connection.
public sealed partial class ConnectorClientRetryTests
{
    [Fact]
    public async Task Timed_out_POST_is_not_retried()
    {
        connector.ThenHang();
        var settings = ConnectorHarness.Authenticated();
        settings["Connector:RequestTimeoutSeconds"] = "1";

        var outcome = await SendAsync(Client(settings));

        Assert.Equal(ConnectorFailure.Timeout, outcome.Failure);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task Timed_out_GET_is_retried()
    {
        connector.ThenHang().Then(200, """{"id":"29:u","name":"Ana"}""");
        var settings = ConnectorHarness.Authenticated();
        settings["Connector:RequestTimeoutSeconds"] = "1";

        var outcome = await Client(settings).GetMemberAsync(connector.ServiceUrl, ConversationId, "29:u", default);

        Assert.Equal("Ana", outcome.Value?.Name);
        Assert.Equal(2, connector.Requests.Count);
    }

    [Fact]
    public async Task Caller_cancellation_throws_instead_of_returning_an_outcome()
    {
        connector.ThenHang();
        using var cancel = new CancellationTokenSource();
        var sending = SendAsync(Client(), cancel.Token);
        await WaitUntilAsync(() => connector.Requests.Count == 1);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
    }

    [Fact]
    public async Task Refused_connection_is_a_Network_outcome_after_bounded_retries()
    {
        var closedPort = ClosedLoopbackPort();

        var outcome = await Client().GetTeamDetailsAsync($"http://127.0.0.1:{closedPort}/", "19:team@thread.tacv2", default);

        Assert.Equal(ConnectorFailure.Network, outcome.Failure);
        Assert.Null(outcome.StatusCode);
        Assert.Equal(3, time.Delays.Count);
    }

    private static int ClosedLoopbackPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
