using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>
/// When the rate gates of some instances let calls through, heard on their grants counter: stamped as each gate takes
/// the slot (the counter is added to holding the gate's lock, right after its clock read), so unlike the times the calls
/// leave the process these carry no wait for the machine to run the call's continuations.
/// </summary>
internal sealed class GateGrants : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<DateTimeOffset> times = new();

    public GateGrants(params OutboxHarness[] instances)
    {
        // Only these instances' counters: other tests' hosts run in the same process.
        var counters = instances.Select(h => (Instrument)h.Metrics.GateGrants).ToHashSet();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (counters.Contains(instrument))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, _, _) => times.Enqueue(TimeProvider.System.GetUtcNow()));
        listener.Start();
    }

    /// <summary>The most grants within any span shorter than <paramref name="window"/>, from <paramref name="from"/> on.</summary>
    public int MostInAnyWindow(DateTimeOffset from, TimeSpan window) => CallWindows.MostInAnyWindow(times.Where(t => t >= from), window);

    public void Dispose() => listener.Dispose();
}
