using System.Collections.Concurrent;
using System.Diagnostics;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Storage.Tables.Sqlite;
using ServiceDesk.Infra.Tests.Fixtures;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>
/// A child process (the storage bench in create-stream mode) creates tickets on a SQLite file and is killed with
/// SIGKILL mid-stream. After recovery every allocated number is either a complete ticket (ticket, history, requester
/// and queue index entries, outbox record) or absent everywhere.
/// </summary>
public sealed class KillMidStreamTests : IDisposable
{
    private const int Employees = 7;
    private readonly string folder = Path.Combine(Path.GetTempPath(), "sd-kill-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task KilledMidStream_AfterRecovery_EveryTicketIsCompleteOrAbsent()
    {
        var reported = await RunAndKillAfterAsync(creations: 300);

        using var sqlite = new SqliteTableService(folder);
        using var records = new RecordsHarness(sqlite);
        await records.Recovery.RecoverAsync(TimeSpan.Zero, CancellationToken.None);

        var requesterIndex = new HashSet<string>();
        for (var e = 0; e < Employees; e++)
        {
            requesterIndex.UnionWith(await IndexedNumbersAsync(records, "r|" + TableKey.Encode($"29:emp{e}")));
        }

        var queueIndex = await IndexedNumbersAsync(records, "q|New");
        var reservedUpTo = await records.Numbers.ReservedUpToAsync(TicketKind.Incident, CancellationToken.None);
        var complete = 0;
        for (var n = 1L; n < reservedUpTo; n++)
        {
            var number = new TicketNumber(TicketKind.Incident, n);
            var ticket = await records.Tickets.GetAsync(number, CancellationToken.None);
            var outbox = await records.Outbox.GetAsync($"{number}/v1/queue-card", CancellationToken.None);
            var history = await records.Tickets.GetHistoryAsync(number, CancellationToken.None);
            if (ticket is null)
            {
                Assert.DoesNotContain(number.ToString(), reported);
                Assert.Empty(history);
                Assert.Null(outbox);
                Assert.DoesNotContain(number.ToString(), requesterIndex);
                Assert.DoesNotContain(number.ToString(), queueIndex);
                continue;
            }

            complete++;
            Assert.Equal(TicketEventKind.Created, Assert.Single(history).Kind);
            Assert.NotNull(outbox);
            Assert.Contains(number.ToString(), requesterIndex);
            Assert.Contains(number.ToString(), queueIndex);
        }

        Assert.True(complete >= reported.Count, $"{complete} complete tickets, {reported.Count} reported created");
        Assert.All(reported, r => Assert.True(TicketNumber.Parse(r).Sequence < reservedUpTo));
        Assert.Equal(0, await records.Recovery.RecoverAsync(TimeSpan.Zero, CancellationToken.None));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<HashSet<string>> RunAndKillAfterAsync(int creations)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(BenchDll());
        start.ArgumentList.Add("create-stream");
        start.ArgumentList.Add(folder);
        var reported = new ConcurrentDictionary<string, bool>();
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new ConcurrentQueue<string>();
        using var child = Process.Start(start) ?? throw new InvalidOperationException("the bench did not start");
        child.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.StartsWith("created ", StringComparison.Ordinal))
            {
                reported[line["created ".Length..]] = true;
                if (reported.Count >= creations)
                {
                    enough.TrySetResult();
                }
            }
        };
        child.ErrorDataReceived += (_, e) => errors.Enqueue(e.Data ?? string.Empty);
        child.Exited += (_, _) => enough.TrySetException(new InvalidOperationException("create-stream exited: " + string.Join('\n', errors)));
        child.EnableRaisingEvents = true;
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        try
        {
            await enough.Task.WaitAsync(TimeSpan.FromSeconds(180));
        }
        finally
        {
            child.Kill(); // SIGKILL on Linux: no finally blocks, no flush, mid-write.
            await child.WaitForExitAsync();
        }

        return [.. reported.Keys];
    }

    private static async Task<HashSet<string>> IndexedNumbersAsync(RecordsHarness records, string partition)
    {
        var numbers = new HashSet<string>();
        string? continuation = null;
        do
        {
            var page = await records.Tables.Index.QueryAsync(new TableQuery(partition) { ContinuationToken = continuation });
            Assert.True(page.IsOk, page.ToString());
            numbers.UnionWith(page.Value!.Entities.Select(e => e.GetString("Number")!));
            continuation = page.Value.ContinuationToken;
        }
        while (continuation is not null);
        return numbers;
    }

    private static string BenchDll()
    {
        // Built by the test project's reference, in the same configuration as the tests.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(RepositoryRoot.Find(), "bench", "storage", "bin", configuration, "net10.0", "ServiceDesk.Bench.Storage.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the tests (they build the bench) first.", dll);
    }
}
