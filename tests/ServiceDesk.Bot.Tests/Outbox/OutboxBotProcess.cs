using System.Collections.Concurrent;
using System.Diagnostics;

namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>
/// The real bot (ServiceDesk.Bot.dll, built next to the tests) as a child process on a SQLite data folder, its outbox
/// worker delivering to a fake connector; <see cref="KillAsync"/> is SIGKILL: no finally blocks, no flush, mid-write.
/// </summary>
internal sealed class OutboxBotProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private OutboxBotProcess(Process process) => this.process = process;

    public static OutboxBotProcess Start(string dataFolder, IDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ServiceDesk.Bot.dll"));
        foreach (var (key, value) in new Dictionary<string, string>(settings)
        {
            ["urls"] = "http://127.0.0.1:0",
            ["environment"] = "Development",
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataFolder"] = dataFolder,
            ["Bot:AllowUnauthenticatedLocal"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        })
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var child = new OutboxBotProcess(Process.Start(start) ?? throw new InvalidOperationException("the bot did not start"));
        child.process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        child.process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        return child;
    }

    public bool HasExited => process.HasExited;

    /// <summary>The last lines the child wrote, for failure messages.</summary>
    public string Output => string.Join('\n', output);

    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(); // SIGKILL on Linux
        }

        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 40 && output.TryDequeue(out _))
        {
        }
    }
}
