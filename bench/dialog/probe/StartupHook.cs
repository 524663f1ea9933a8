using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Runtime;
using System.Text;

// The runtime looks for a type named StartupHook outside any namespace, with a public static Initialize().
#pragma warning disable CA1050
/// <summary>
/// Loaded by <c>DOTNET_STARTUP_HOOKS</c> before the bot's Main: when <c>BENCH_PROBE_SOCKET</c> names a path, every
/// connection to that Unix socket gets one JSON line with the process's counters (bytes allocated, collections per
/// generation, GC pause, CPU time, methods jitted). The measuring script reads it before and after a fixed number of
/// turns: those counters do not depend on how busy the machine is, unlike turns per second.
/// </summary>
public static class StartupHook
{
    private static ServiceDesk.Bench.Probe.AllocationTally? _tally;

    public static void Initialize()
    {
        var path = Environment.GetEnvironmentVariable("BENCH_PROBE_SOCKET");
        if (string.IsNullOrEmpty(path)) return;
        File.Delete(path);
        if (Environment.GetEnvironmentVariable("BENCH_PROBE_ALLOCATIONS") == "1") _tally = new ServiceDesk.Bench.Probe.AllocationTally();
        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        listener.Listen(4);
        new Thread(() => Serve(listener)) { IsBackground = true, Name = "bench-probe" }.Start();
    }

    private static void Serve(Socket listener)
    {
        while (true)
        {
            using var client = listener.Accept();
            client.Send(Encoding.ASCII.GetBytes(Snapshot()));
            client.Shutdown(SocketShutdown.Both);
        }
    }

    /// <summary>What SQLite's own allocator holds (page caches, prepared statements, schemas), now or at its highest,
    /// through the driver's native binding when the bot has loaded it; -1 before that. Read by reflection: the probe
    /// references nothing of the bot.</summary>
    private static long SqliteMemory(string function)
    {
        var raw = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "SQLitePCLRaw.core")?.GetType("SQLitePCL.raw");
        var method = raw?.GetMethods().FirstOrDefault(m => m.Name == function);
        if (method is null) return -1;
        try
        {
            var args = method.GetParameters().Select(p => p.ParameterType == typeof(int) ? (object)0 : null).ToArray();
            return Convert.ToInt64(method.Invoke(null, args), CultureInfo.InvariantCulture);
        }
        catch (System.Reflection.TargetInvocationException)
        {
            return -1;
        }
    }

    private static string Snapshot()
    {
        using var process = Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture,
            $"{{\"allocatedBytes\":{GC.GetTotalAllocatedBytes(precise: true)},\"gen0\":{GC.CollectionCount(0)},\"gen1\":{GC.CollectionCount(1)},\"gen2\":{GC.CollectionCount(2)},"
            + $"\"gcPauseMs\":{GC.GetTotalPauseDuration().TotalMilliseconds:F1},\"cpuMs\":{process.TotalProcessorTime.TotalMilliseconds:F1},"
            + $"\"jitMethods\":{System.Runtime.JitInfo.GetCompiledMethodCount()},\"jitMs\":{System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F1},"
            + $"\"heapBytes\":{GC.GetGCMemoryInfo().HeapSizeBytes},\"gcCommittedBytes\":{GC.GetGCMemoryInfo().TotalCommittedBytes},"
            + $"\"sqliteBytes\":{SqliteMemory("sqlite3_memory_used")},\"sqlitePeakBytes\":{SqliteMemory("sqlite3_memory_highwater")},"
            + $"\"serverGc\":{(GCSettings.IsServerGC ? "true" : "false")},\"allocationsByType\":{_tally?.TakeJson(30) ?? "null"}}}\n");
    }
}
