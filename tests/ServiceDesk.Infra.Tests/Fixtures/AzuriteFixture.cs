using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Storage.Tables.Azure;

namespace ServiceDesk.Infra.Tests.Fixtures;

/// <summary>
/// Azurite's table service on a free loopback port with a temporary workspace, started once per test collection.
/// <see cref="Stop"/> and <see cref="StartAsync"/> let a test take it down and bring it back on the same port and data.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>Azurite's well-known development account; its key is published, the same on every machine.</summary>
    public const string DevelopmentAccount = "devstoreaccount1";

    public const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string workspace = Path.Combine(Path.GetTempPath(), "sd-azurite-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> output = [];
    private Process? process;

    public int Port { get; } = FreePort();

    public Uri Endpoint => new($"http://127.0.0.1:{Port}/{DevelopmentAccount}");

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={DevelopmentAccount};" +
        $"AccountKey={DevelopmentKey};TableEndpoint={Endpoint};";

    internal ITableService CreateService(TableRetrySettings? retry = null, string? tablePrefix = null) =>
        AzureTableService.FromConnectionString(ConnectionString, tablePrefix, retry);

    public Task InitializeAsync() => StartAsync();

    public async Task StartAsync()
    {
        Directory.CreateDirectory(workspace);
        var start = new ProcessStartInfo(RepositoryRoot.NodeTool(Path.Combine(".bin", "azurite-table")))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--location", workspace, "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl", "--disableTelemetry",
        })
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilListeningAsync(process);
    }

    /// <summary>
    /// Stops Azurite and waits until it is gone: gracefully (SIGINT, which Azurite handles by saving its data like a restarted
    /// service would) or by killing the process tree.
    /// </summary>
    public void Stop(bool graceful = false)
    {
        if (graceful && process is { HasExited: false })
        {
            using var term = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } });
            term?.WaitForExit(5_000);
            process.WaitForExit(15_000);
        }

        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process?.Dispose();
        process = null;
    }

    public Task DisposeAsync()
    {
        Stop();
        try
        {
            Directory.Delete(workspace, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying process: the temp folder is cleaned by the OS eventually.
        }

        return Task.CompletedTask;
    }

    private async Task WaitUntilListeningAsync(Process started)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (started.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with {started.ExitCode}: {string.Join('\n', Output())}");
            }

            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50); // Poll the condition (the port answering), bounded by the deadline.
            }
        }

        throw new TimeoutException($"Azurite did not listen on {Port} within {StartTimeout}: {string.Join('\n', Output())}");
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Add(line);
            if (output.Count > 50)
            {
                output.RemoveAt(0);
            }
        }
    }

    private string[] Output()
    {
        lock (output)
        {
            return [.. output];
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
