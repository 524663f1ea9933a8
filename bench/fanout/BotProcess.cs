using System.Collections.Concurrent;
using System.Diagnostics;

namespace ServiceDesk.Bench.Fanout;

/// <summary>
/// The real bot (ServiceDesk.Bot.dll) as a child process on the bench's SQLite folder, as deployed: its outbox worker
/// delivers to the fake connector. <see cref="Kill"/> is SIGKILL (no finally blocks, no flush), like <c>kill -9</c>.
/// </summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private BotProcess(Process process) => this.process = process;

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>The last lines the bot wrote (it logs at Warning), for failure messages.</summary>
    public string Output => string.Join('\n', output);

    public static BotProcess Start(string botDll, string dataFolder, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(botDll)!,
        };
        start.ArgumentList.Add(botDll);
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

        var bot = new BotProcess(Process.Start(start) ?? throw new InvalidOperationException("the bot did not start"));
        bot.process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
        bot.process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
        bot.process.BeginOutputReadLine();
        bot.process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>SIGKILL on Linux, then waits for the exit.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
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
