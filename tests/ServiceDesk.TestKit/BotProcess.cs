using System.Collections.Concurrent;
using System.Diagnostics;

namespace ServiceDesk.TestKit;

/// <summary>
/// The real bot (ServiceDesk.Bot.dll) as a child process: by default in local mode on a SQLite data folder, with the
/// settings as command-line arguments; or as App Service runs a published folder (settings in the environment).
/// <see cref="KillAsync"/> is SIGKILL: no finally blocks, no flush, mid-write.
/// </summary>
public sealed class BotProcess : IAsyncDisposable, IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private BotProcess(Process process) => this.process = process;

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>The exit code once it has exited.</summary>
    public int ExitCode => process.ExitCode;

    /// <summary>The last lines the bot wrote, for failure messages.</summary>
    public string Output => (process.HasExited ? $"--- bot exited {process.ExitCode} ---\n" : string.Empty) + string.Join('\n', output);

    /// <summary>
    /// Starts <paramref name="botDll"/> (by default the one built next to the caller) in local mode on
    /// <paramref name="dataFolder"/>, on a free port, logging warnings; <paramref name="settings"/> add or override.
    /// </summary>
    public static BotProcess Start(string dataFolder, IEnumerable<KeyValuePair<string, string>> settings, string? botDll = null)
    {
        botDll ??= Path.Combine(AppContext.BaseDirectory, "ServiceDesk.Bot.dll");
        var start = NewStart(Path.GetDirectoryName(botDll)!);
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

        return Run(start);
    }

    /// <summary>Runs a published bot as App Service does: <c>dotnet ServiceDesk.Bot.dll</c> in its folder, settings in the environment.</summary>
    public static BotProcess StartPublished(string folder, IReadOnlyDictionary<string, string> environment)
    {
        var start = NewStart(folder);
        start.ArgumentList.Add(Path.Combine(folder, "ServiceDesk.Bot.dll"));
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return Run(start);
    }

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

    /// <summary>Polls <c>/healthz</c> until it answers, or throws with what the bot said.</summary>
    public async Task WaitReadyAsync(HttpClient http, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("the bot exited:\n" + Output);
            }

            try
            {
                using var response = await http.GetAsync("/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the bot did not answer /healthz:\n" + Output);
    }

    /// <summary>SIGKILL on Linux (the whole tree), then waits for the exit.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }

    /// <summary>SIGKILL on Linux (the whole tree), then waits for the exit.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    private static ProcessStartInfo NewStart(string workingDirectory) => new("dotnet")
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
        WorkingDirectory = workingDirectory,
    };

    private static BotProcess Run(ProcessStartInfo start)
    {
        var bot = new BotProcess(Process.Start(start) ?? throw new InvalidOperationException("the bot did not start"));
        bot.process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
        bot.process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
        bot.process.BeginOutputReadLine();
        bot.process.BeginErrorReadLine();
        return bot;
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
