using System.Text.RegularExpressions;
using ServiceDesk.EndToEnd.Tests.Playground;

namespace ServiceDesk.EndToEnd.Tests.Support;

/// <summary>
/// The bot (dotnet ServiceDesk.Bot.dll in unauthenticated local mode, on a free loopback port, storage in a temp
/// folder) and the Agents Playground pointed at it, both as real processes; killed with their trees on dispose.
/// </summary>
public sealed partial class BotAndPlayground : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly string _workFolder = Path.Combine(Path.GetTempPath(), "servicedesk-e2e-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly IReadOnlyDictionary<string, string?> _botSettings;
    private readonly string? _playgroundConfig;
    private ChildProcess? _bot;
    private ChildProcess? _playground;
    private int _playgroundPort;

    public BotAndPlayground()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>With settings given to the bot as environment variables (<c>Section__Key</c>) over appsettings.json.</summary>
    internal BotAndPlayground(IReadOnlyDictionary<string, string?> botSettings) => _botSettings = botSettings;

    /// <summary>
    /// And with the Playground's own configuration file (its mock tenant: users, chats, team) in place of its built-in
    /// one, as the Playground reads it from its working folder.
    /// </summary>
    internal BotAndPlayground(IReadOnlyDictionary<string, string?> botSettings, string playgroundConfig)
        : this(botSettings) => _playgroundConfig = playgroundConfig;

    public string BotUrl { get; private set; } = string.Empty;

    public string PlaygroundUrl => $"http://127.0.0.1:{_playgroundPort}";

    public PlaygroundClient Playground { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        RepositoryPaths.RequireNodeModules();
        if (!File.Exists(RepositoryPaths.BotAssembly))
        {
            throw new InvalidOperationException($"The bot is not built: {RepositoryPaths.BotAssembly} is missing.");
        }

        Directory.CreateDirectory(_workFolder);
        await StartBotAsync();
        await StartPlaygroundAsync();
    }

    /// <summary>Both processes' output, for failure messages.</summary>
    internal string Diagnostics() =>
        string.Join(Environment.NewLine, new[] { _bot?.Describe(), _playground?.Describe() }.Where(d => d is not null));

    internal Task<PlaygroundStream> OpenStreamAsync(CancellationToken cancellationToken) =>
        PlaygroundStream.ConnectAsync(new Uri($"ws://127.0.0.1:{_playgroundPort}/_ws_conversation/v1/conversations/stream"), cancellationToken);

    /// <summary>The Playground's log panel: what the bot sends to every chat, other users' 1:1 chats included.</summary>
    internal Task<PlaygroundLog> OpenLogAsync(CancellationToken cancellationToken) =>
        PlaygroundLog.ConnectAsync(new Uri(PlaygroundUrl), cancellationToken);

    public async Task DisposeAsync()
    {
        if (_playground is not null)
        {
            await _playground.DisposeAsync();
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        Playground?.Dispose();
        _http.Dispose();
        try
        {
            Directory.Delete(_workFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying process: the temp folder is cleaned by the OS later.
        }
    }

    private async Task StartBotAsync()
    {
        BotUrl = $"http://127.0.0.1:{LoopbackPort.Free()}";
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = BotUrl,
            ["Bot__AllowUnauthenticatedLocal"] = "true",
            ["Bot__AppId"] = string.Empty,
            ["Storage__DataFolder"] = Path.Combine(_workFolder, "data"),
            ["DOTNET_NOLOGO"] = "1",
        };
        foreach (var (key, value) in _botSettings)
        {
            environment[key] = value;
        }

        _bot = ChildProcess.Start("bot", "dotnet", [RepositoryPaths.BotAssembly], environment, _workFolder);
        await Wait.UntilAsync(
            ct => _bot.HasExited ? throw new InvalidOperationException("The bot exited." + Environment.NewLine + Diagnostics())
                : Wait.AnswersAsync(_http, $"{BotUrl}/healthz", ct),
            StartTimeout, "the bot's /healthz", Diagnostics);
    }

    private async Task StartPlaygroundAsync()
    {
        var shim = XdgOpenShim.CreateFolder(_workFolder);
        if (_playgroundConfig is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(_workFolder, ".m365agentsplayground.yml"), _playgroundConfig);
        }

        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var requestedPort = LoopbackPort.Free();
        _playground = ChildProcess.Start("playground", "node",
            [RepositoryPaths.PlaygroundCli, "-e", $"{BotUrl}/api/messages", "-c", "msteams", "-p", requestedPort.ToString(), "--dt"],
            new Dictionary<string, string?>
            {
                ["PATH"] = shim + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
                ["BROWSER"] = "none",
            },
            _workFolder);
        // The Playground falls back to a random port when the requested one is taken: trust what it prints.
        _playground.LineWritten += line =>
        {
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(int.Parse(match.Groups[1].Value));
            }
        };
        if (ListeningLine().Match(_playground.Output) is { Success: true } early)
        {
            listening.TrySetResult(int.Parse(early.Groups[1].Value));
        }

        await Wait.UntilAsync(
            _ => _playground.HasExited ? throw new InvalidOperationException("The Playground exited." + Environment.NewLine + Diagnostics())
                : Task.FromResult(listening.Task.IsCompleted),
            StartTimeout, "the Playground to listen", Diagnostics);
        _playgroundPort = await listening.Task;
        Playground = new PlaygroundClient(new Uri(PlaygroundUrl));
        // Its config endpoint answers once the Playground has reached the bot's endpoint.
        await Wait.UntilAsync(
            ct => Wait.AnswersAsync(_http, $"{PlaygroundUrl}/_internal/v1/config", ct),
            StartTimeout, "the Playground's /_internal/v1/config", Diagnostics);
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
