using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ServiceDesk.Bench.Storage;

/// <summary>Azurite's table service from the repository's node_modules, on a free loopback port and a temporary folder.</summary>
internal sealed class Azurite : IDisposable
{
    private readonly Process process;
    private readonly string folder = Path.Combine(Path.GetTempPath(), "sd-bench-azurite-" + Guid.NewGuid().ToString("N"));

    private Azurite(int port)
    {
        Port = port;
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo(Path.Combine(RepositoryRoot(), "node_modules", ".bin", "azurite-table"))
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in new[] { "--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--location", folder, "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl", "--disableTelemetry" })
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public static async Task<Azurite> StartAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var azurite = new Azurite(port);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port);
                return azurite;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        azurite.Dispose();
        throw new TimeoutException("Azurite did not listen within 60 s (run npm ci at the repository root).");
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ServiceDesk.Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ServiceDesk.Bot.sln not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
