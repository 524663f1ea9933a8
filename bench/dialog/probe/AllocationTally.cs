using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Text;

namespace ServiceDesk.Bench.Probe;

/// <summary>
/// With <c>BENCH_PROBE_ALLOCATIONS=1</c>: the runtime's allocation ticks (one event per ~100 KB allocated, with the
/// type of the object that crossed the mark) summed by type, so the types that make up a turn's allocations can be
/// read without a trace. Each snapshot returns the tally since the previous one.
/// </summary>
internal sealed class AllocationTally : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private ConcurrentDictionary<string, long> _bytes = new();

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null) return;
        var type = eventData.PayloadNames?.IndexOf("TypeName") is int t and >= 0 ? eventData.Payload[t] as string ?? "?" : "?";
        var amount = eventData.PayloadNames?.IndexOf("AllocationAmount64") is int a and >= 0 ? Convert.ToInt64(eventData.Payload[a], CultureInfo.InvariantCulture) : 0;
        _bytes.AddOrUpdate(type, amount, (_, v) => v + amount);
    }

    public string TakeJson(int top)
    {
        var taken = Interlocked.Exchange(ref _bytes, new ConcurrentDictionary<string, long>());
        var json = new StringBuilder("[");
        foreach (var (type, bytes) in taken.OrderByDescending(kv => kv.Value).Take(top))
        {
            if (json.Length > 1) json.Append(',');
            json.Append(CultureInfo.InvariantCulture, $"[\"{type.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "'", StringComparison.Ordinal)}\",{bytes}]");
        }
        return json.Append(']').ToString();
    }
}
