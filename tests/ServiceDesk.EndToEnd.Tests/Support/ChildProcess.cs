using System.Collections.Concurrent;
using System.Diagnostics;

namespace ServiceDesk.EndToEnd.Tests.Support;

/// <summary>
/// A process started by a test: its output is collected (for failure messages and for waiting on a line),
/// and disposing it kills the whole process tree and waits for it to go.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly string _name;

    private ChildProcess(string name, Process process)
    {
        _name = name;
        _process = process;
    }

    public event Action<string>? LineWritten;

    public bool HasExited => _process.HasExited;

    public int Id => _process.Id;

    public static ChildProcess Start(
        string name, string fileName, IEnumerable<string> arguments, IDictionary<string, string?> environment, string workingDirectory)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(name, process);
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs to completion and returns exit code and all output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string fileName, IEnumerable<string> arguments, IDictionary<string, string?> environment, TimeSpan timeout)
    {
        await using var child = Start(Path.GetFileName(fileName), fileName, arguments, environment, RepositoryPaths.Root);
        using var cancellation = new CancellationTokenSource(timeout);
        await child._process.WaitForExitAsync(cancellation.Token);
        child._process.WaitForExit(); // flushes the asynchronous output readers
        return (child._process.ExitCode, child.Output);
    }

    public string Output => string.Join(Environment.NewLine, _lines);

    public string Describe() =>
        $"--- {_name} (pid {_process.Id}{(_process.HasExited ? $", exited {_process.ExitCode}" : string.Empty)}) ---{Environment.NewLine}{Output}";

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped: nothing left to stop.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        LineWritten?.Invoke(line);
    }
}
