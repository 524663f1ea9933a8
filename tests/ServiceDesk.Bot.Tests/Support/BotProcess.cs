using System.Collections.Concurrent;
using System.Diagnostics;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>
/// The real bot (ServiceDesk.Bot.dll, built next to the tests) as a child process, in local mode on a SQLite data
/// folder unless <c>settings</c> say otherwise; <see cref="KillAsync"/> is SIGKILL: no finally blocks, no flush, mid-write.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private BotProcess(Process process) => this.process = process;

    public static BotProcess Start(string dataFolder, IDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ServiceDesk.Bot.dll"));
        var all = new Dictionary<string, string>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["environment"] = "Development",
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataFolder"] = dataFolder,
            ["Bot:AllowUnauthenticatedLocal"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        foreach (var (key, value) in all)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var child = new BotProcess(Process.Start(start) ?? throw new InvalidOperationException("the bot did not start"));
        child.process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        child.process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        return child;
    }

    public bool HasExited => process.HasExited;

    /// <summary>The exit code once it has exited.</summary>
    public int ExitCode => process.ExitCode;

    /// <summary>True if the process exited within <paramref name="timeout"/> (its output is then complete).</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

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
        while (output.Count > 200 && output.TryDequeue(out _))
        {
        }
    }
}
