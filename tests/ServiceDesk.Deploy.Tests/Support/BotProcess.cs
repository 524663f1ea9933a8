using System.Collections.Concurrent;
using System.Diagnostics;

namespace ServiceDesk.Deploy.Tests.Support;

/// <summary>The published bot run as App Service runs it (<c>dotnet ServiceDesk.Bot.dll</c> in its folder); killed on dispose.</summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private BotProcess(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    public static BotProcess Start(string folder, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { Path.Combine(folder, "ServiceDesk.Bot.dll") },
        };
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        var bot = new BotProcess(process);
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    public string Output => $"--- bot{(_process.HasExited ? $" (exited {_process.ExitCode})" : string.Empty)} ---{Environment.NewLine}{string.Join(Environment.NewLine, _lines)}";

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _process.WaitForExitAsync(deadline.Token);
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }
}
