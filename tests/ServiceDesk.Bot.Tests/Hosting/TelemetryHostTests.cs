using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ServiceDesk.Bot.Tests.Support;

namespace ServiceDesk.Bot.Tests.Hosting;

/// <summary>
/// A turn's trace and the service desk's metrics through OpenTelemetry's in-memory exporter. Other hosts may run in
/// this process at the same time: spans are picked by this turn's trace, metrics checked for at least this turn.
/// </summary>
public sealed class TelemetryHostTests
{
    [Fact]
    public async Task A_turn_is_one_trace_from_the_endpoint_through_the_router_and_stores_to_the_connector_and_is_counted()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        await using var connector = await FakeConnector.StartAsync();
        await using var factory = new BotHostFactory(new Dictionary<string, string?> { ["Telemetry:Enabled"] = "true" }, s =>
        {
            s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans));
            s.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics));
        });
        using var client = factory.CreateClient();
        var activity = ActivityFixtures.With("personal-message", connector.BaseUrl, a => { a["text"] = "my outlook crashes every morning"; a["locale"] = "en-US"; });

        var response = await client.PostAsync("/api/messages", new StringContent(activity, Encoding.UTF8, "application/json"));
        await connector.WaitForAsync(1);
        factory.Services.GetRequiredService<TracerProvider>().ForceFlush();
        factory.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Activity[] all;
        lock (spans)
        {
            all = [.. spans];
        }

        // The incident flow answers with the article beside the form, a note and its first card: three replies, each
        // its own connector call.
        var reply = all.First(s => s.DisplayName == "connector reply" && s.Kind == ActivityKind.Client
            && all.Any(h => h.ParentSpanId == s.SpanId && Equals(h.GetTagItem("server.port"), new Uri(connector.BaseUrl).Port)));
        var trace = all.Where(s => s.TraceId == reply.TraceId).ToList();
        Assert.Equal(3, trace.Count(s => s.DisplayName == "connector reply"));
        var roots = trace.Where(s => s.Kind == ActivityKind.Server && s.ParentSpanId == default).ToList(); // not the fake connector's own
        var server = Assert.Single(roots);
        var turn = trace.Single(s => s.DisplayName == "turn");
        var route = trace.Single(s => s.DisplayName == "route");
        Assert.Equal("POST /api/messages", server.DisplayName);
        Assert.Equal(server.SpanId, turn.ParentSpanId);
        Assert.Equal(turn.SpanId, route.ParentSpanId);
        Assert.Equal(turn.SpanId, reply.ParentSpanId);
        Assert.Contains(trace, s => s.DisplayName == "dialog-state.save" && s.ParentSpanId == route.SpanId);
        Assert.Contains(trace, s => s.Kind == ActivityKind.Client && s.ParentSpanId == reply.SpanId); // the HTTP call itself
        Assert.Equal("Message", turn.GetTagItem("servicedesk.turn.kind"));

        Assert.True(Sum(metrics, "servicedesk.turns", ("kind", "Message"), ("outcome", "ok")) >= 1);
        Assert.True(Sum(metrics, "servicedesk.intents", ("intent", "ReportIncident")) >= 1);
        Assert.True(HistogramCount(metrics, "servicedesk.turn.duration") >= 1);
    }

    [Fact]
    public async Task Without_an_exporter_nothing_listens_to_the_bots_spans()
    {
        await using var factory = new BotHostFactory();
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
    }

    private static long Sum(List<Metric> metrics, string name, params (string Key, string Value)[] tags)
    {
        long sum = 0;
        foreach (var metric in Snapshot(metrics).Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                if (Has(point, tags))
                {
                    sum += point.GetSumLong();
                }
            }
        }

        return sum;
    }

    private static long HistogramCount(List<Metric> metrics, string name)
    {
        long count = 0;
        foreach (var metric in Snapshot(metrics).Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                count += point.GetHistogramCount();
            }
        }

        return count;
    }

    private static bool Has(in MetricPoint point, (string Key, string Value)[] tags)
    {
        var found = 0;
        foreach (var tag in point.Tags)
        {
            if (tags.Any(t => t.Key == tag.Key && Equals(t.Value, tag.Value)))
            {
                found++;
            }
        }

        return found == tags.Length;
    }

    private static Metric[] Snapshot(List<Metric> metrics)
    {
        lock (metrics)
        {
            return [.. metrics];
        }
    }
}
