using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Protocol.Connector;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Bot.Tests.Hosting;

/// <summary>The host's edge, as an outside attack run found it: forwarded callers in local mode, an unreachable token service.</summary>
public sealed class EdgeHardeningHostTests
{
    private const string ConversationId = "a:1Xy9ZkL_personal-chat-id-with-underscores_and-dashes-0123456789";
    private const string UserId = "29:1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-abcdefghijklmnopqrstuvwxyzABCDEFG";

    [Theory]
    [InlineData("X-Forwarded-For", "127.0.0.1")]
    [InlineData("Forwarded", "for=127.0.0.1")]
    [InlineData("X-Real-IP", "127.0.0.1")]
    [InlineData("X-Original-For", "127.0.0.1:5000")]
    public async Task Local_mode_refuses_a_loopback_request_that_came_through_a_proxy(string header, string value)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var factory = new BotHostFactory();
        using var client = factory.CreateClient();

        var plain = await client.SendAsync(Message(connector));
        var forwarded = Message(connector);
        forwarded.Headers.TryAddWithoutValidation(header, value);
        var refused = await client.SendAsync(forwarded);

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Single(connector.Received); // the plain request's reply only
    }

    [Fact]
    public async Task Local_mode_reads_the_connections_own_address_when_the_forwarded_headers_middleware_rewrote_it()
    {
        // A proxy set-up that trusts every caller and uses its own header names, so none of the refused headers is
        // present: only the connection's own address tells that the caller is remote.
        var seen = new ConcurrentQueue<IPAddress?>();
        await using var connector = await FakeConnector.StartAsync();
        await using var factory = new BotHostFactory(services: s => s.AddSingleton<IStartupFilter>(new ForwardedHeadersOn(seen)));
        using var client = factory.CreateClient();
        var request = Message(connector);
        request.Headers.Add(BotHostFactory.RemoteIpHeader, "203.0.113.7");
        request.Headers.Add("X-Client-IP", "127.0.0.1");

        var response = await client.SendAsync(request);

        Assert.Equal(IPAddress.Loopback, Assert.Single(seen)); // the middleware did rewrite the address
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(connector.Received);
    }

    [Fact]
    public async Task Without_an_outbound_token_the_turn_ends_fast_keeps_the_dialog_and_the_outbox_delivers_the_reply_later()
    {
        await using var connector = await FakeConnector.StartAsync();
        var tokens = new EntraDown();
        await using var factory = new BotHostFactory(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = "00000000-0000-0000-0000-0000000000b0", // outbound tokens are needed although inbound is local
            ["Bot:TenantId"] = "00000000-0000-0000-0000-0000000000a1",
            ["Bot:ClientSecret"] = "not-a-real-secret",
            ["Bot:ConnectorHosts:0"] = "127.0.0.1",
            ["Bot:AllowedTenants:0"] = "72f988bf-86f1-41af-91ab-2d7cd011db47", // the recorded activity's tenant
            ["Bot:TurnBudgetSeconds"] = "14",
            ["Connector:TokenTimeoutSeconds"] = "1",
            ["Outbox:BaseBackoffMilliseconds"] = "50",
            ["Outbox:MaxBackoffSeconds"] = "1",
            ["Outbox:PollIntervalMilliseconds"] = "100",
        }, s => s.AddSingleton<IConnectorTokenProvider>(tokens));
        using var client = factory.CreateClient();
        // A first turn with Entra ID up, so the measured one does not pay for the host's warm-up.
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Message(connector, "help", "warm-up"))).StatusCode);
        await connector.WaitForAsync(1);
        tokens.Down();
        var request = Message(connector, "my outlook crashes every morning since the update");

        var clock = Stopwatch.StartNew();
        var response = await client.SendAsync(request);
        var took = clock.Elapsed;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(took < TimeSpan.FromSeconds(7), $"the turn took {took}, its budget is 14 s"); // token timeout: 1 s
        var state = await factory.Services.GetRequiredService<IDialogStateStore>().GetAsync(ConversationId, UserId, default);
        Assert.NotNull(state); // the incident dialog goes on where it was
        Assert.NotNull(await factory.Services.GetRequiredService<IOutboxStore>().GetAsync($"reply/{ConversationId}/turn-1/0", default));
        Assert.Single(connector.Received); // the warm-up's reply only

        tokens.Up();
        // The turn's three replies (the article beside the form, the form's note, its first step) all arrive late.
        var sent = (await connector.WaitForAsync(4, TimeSpan.FromSeconds(30))).Skip(1).ToList();

        Assert.All(sent, s => Assert.Equal("Bearer token-1", s.Authorization));
        Assert.All(sent, s => Assert.Equal($"/v3/conversations/{ConversationId}/activities", s.Path));
        Assert.Contains(sent, s => s.Body!.Value.GetRawText().Contains("Email", StringComparison.Ordinal));
    }

    private static HttpRequestMessage Message(FakeConnector connector, string text = "help", string id = "turn-1") => new(HttpMethod.Post, "/api/messages")
    {
        Content = new StringContent(ActivityFixtures.With("personal-message", connector.BaseUrl, a =>
        {
            a["text"] = text;
            a["id"] = id;
            a["locale"] = "en-US";
        }), Encoding.UTF8, "application/json"),
    };

    /// <summary>Entra ID, which <see cref="Down"/> makes unreachable (a token request waits until it is given up) until <see cref="Up"/>.</summary>
    private sealed class EntraDown : IConnectorTokenProvider
    {
        private volatile TaskCompletionSource _up = Reachable();

        public void Down() => _up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Up() => _up.TrySetResult();

        public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
        {
            await _up.Task.WaitAsync(cancellationToken);
            return "token-1";
        }

        private static TaskCompletionSource Reachable()
        {
            var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            up.SetResult();
            return up;
        }
    }

    /// <summary>ASP.NET Core's forwarded-headers middleware, trusting every proxy, with custom header names.</summary>
    private sealed class ForwardedHeadersOn(ConcurrentQueue<IPAddress?> seen) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            var options = new ForwardedHeadersOptions
            {
                ForwardedHeaders = ForwardedHeaders.XForwardedFor,
                ForwardedForHeaderName = "X-Client-IP",
                OriginalForHeaderName = "X-Was-For",
            };
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            app.UseForwardedHeaders(options);
            app.Use((http, nextMiddleware) =>
            {
                seen.Enqueue(http.Connection.RemoteIpAddress);
                return nextMiddleware(http);
            });
            next(app);
        };
    }
}
