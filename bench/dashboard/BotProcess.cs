using System.Collections.Concurrent;
using System.Diagnostics;

namespace ServiceDesk.Bench.Dashboard;

/// <summary>The real bot (ServiceDesk.Bot.dll) as a child process on the seeded folder, with the API on (one key).</summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private BotProcess(Process process) => this.process = process;

    /// <summary>The last lines the bot wrote, for failure messages.</summary>
    public string Output => string.Join('\n', output);

    public static BotProcess Start(string botDll, string dataFolder, int port, string apiKey)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.GetDirectoryName(botDll)! };
        start.ArgumentList.Add(botDll);
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["urls"] = $"http://127.0.0.1:{port}",
            ["environment"] = "Production",
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataFolder"] = dataFolder,
            ["Bot:AllowUnauthenticatedLocal"] = "true",
            ["Api:Keys:0"] = apiKey,
            ["Logging:LogLevel:Default"] = "Warning",
        })
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

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        process.WaitForExit();
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
