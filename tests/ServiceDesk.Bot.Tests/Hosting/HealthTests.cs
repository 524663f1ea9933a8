using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Hosting;
using ServiceDesk.Bot.Outbox;
using ServiceDesk.Bot.Tests.Auth;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Bot.Tests.Hosting;

/// <summary><c>/healthz</c> (alive, nothing checked) and <c>/readyz</c> (storage answers, the outbox keeps up).</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task With_storage_down_the_process_is_alive_but_not_ready()
    {
        await using var factory = new BotHostFactory(services: s => s.AddSingleton<IStorageHealth>(new StorageDown()));
        using var client = factory.CreateClient();

        var live = await client.GetAsync("/healthz");
        var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("alive", (await Json(live)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = await Json(ready);
        Assert.Equal("not ready", body.GetProperty("status").GetString());
        Assert.Equal("storage unavailable", body.GetProperty("checks").GetProperty("storage").GetString());
    }

    [Fact]
    public async Task With_storage_up_and_the_outbox_idle_the_instance_is_ready()
    {
        await using var factory = new BotHostFactory();
        using var client = factory.CreateClient();

        var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var checks = (await Json(ready)).GetProperty("checks");
        Assert.Equal("storage answers", checks.GetProperty("storage").GetString());
        Assert.StartsWith("0 due", checks.GetProperty("outbox").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outbox_check_fails_when_the_oldest_due_record_waited_longer_than_the_setting()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var backlog = new OutboxBacklog(time);
        var check = Check(backlog, time, maxAgeSeconds: 600);

        backlog.Observe(3, time.GetUtcNow().AddSeconds(-599), time.GetUtcNow());
        var young = await check.CheckHealthAsync(new HealthCheckContext());
        backlog.Observe(3, time.GetUtcNow().AddSeconds(-601), time.GetUtcNow());
        var old = await check.CheckHealthAsync(new HealthCheckContext());
        backlog.Observe(0, null, time.GetUtcNow());
        var drained = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, young.Status);
        Assert.Equal(HealthStatus.Unhealthy, old.Status);
        Assert.Equal("oldest due outbox record waited 601 s", old.Description);
        Assert.Equal(HealthStatus.Healthy, drained.Status);
    }

    [Fact]
    public async Task Outbox_check_fails_when_the_worker_stopped_running_rounds_and_ignores_an_instance_without_outbox()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var backlog = new OutboxBacklog(time);
        backlog.Observe(0, null, time.GetUtcNow());

        time.Advance(TimeSpan.FromSeconds(601));
        var stuck = await Check(backlog, time, maxAgeSeconds: 600).CheckHealthAsync(new HealthCheckContext());
        var off = await Check(backlog, time, maxAgeSeconds: 600, outboxEnabled: false).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, stuck.Status);
        Assert.Equal("outbox worker idle for 601 s", stuck.Description);
        Assert.Equal(HealthStatus.Healthy, off.Status);
    }

    private static OutboxHealthCheck Check(OutboxBacklog backlog, TimeProvider time, int maxAgeSeconds, bool outboxEnabled = true) =>
        new(backlog, Options.Create(new OutboxOptions { Enabled = outboxEnabled }), Options.Create(new HealthOptions { OutboxMaxAgeSeconds = maxAgeSeconds }), time);

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private sealed class StorageDown : IStorageHealth
    {
        public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => Task.FromResult(false);
    }
}
