using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Outbox;
using ServiceDesk.Bot.Protocol.Connector;
using ServiceDesk.Bot.Telemetry;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Infra.Storage;
using ServiceDesk.Infra.Storage.Records;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>
/// The outbox as the app composes it: the real SQLite records (AddTableStorage + AddServiceDeskRecords) in a data
/// folder, the real connector client in local mode (one attempt per call, so the worker's own retries are what is
/// tested), and OutboxWorker instances created on demand. A second harness on the same folder is a restart.
/// </summary>
internal sealed class OutboxHarness : IAsyncDisposable
{
    public const string Tenant = "tenant-1";
    public const string Bot = "28:bot";

    private readonly ServiceProvider provider;
    private readonly List<OutboxWorker> workers = [];
    private readonly bool ownsFolder;
    private readonly ConcurrentQueue<SentCall> sent = new();

    /// <param name="storage">Puts something between the records and the SQLite tables (slow writes).</param>
    public OutboxHarness(
        TimeProvider? clock = null, IDictionary<string, string?>? settings = null, string? dataFolder = null, Func<ITableService, ITableService>? storage = null)
    {
        ownsFolder = dataFolder is null;
        DataFolder = dataFolder ?? Directory.CreateTempSubdirectory("sdbot-outbox-").FullName;
        var all = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataFolder"] = DataFolder,
            ["Bot:AllowUnauthenticatedLocal"] = "true",
            ["Connector:MaxAttempts"] = "1",
            ["Connector:RequestTimeoutSeconds"] = "5",
            ["Outbox:PollIntervalMilliseconds"] = "20",
            ["Outbox:BaseBackoffMilliseconds"] = "50",
            ["Outbox:MaxBackoffSeconds"] = "1",
            ["Outbox:LeaseSeconds"] = "30",
            ["Outbox:DeliveryTimeoutSeconds"] = "10",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(all).Build())
            .AddLogging();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddTableStorage();
        if (storage is not null)
        {
            var sqlite = services.Last(d => d.ServiceType == typeof(ITableService));
            services.Remove(sqlite);
            services.AddSingleton(sp => storage((ITableService)sqlite.ImplementationFactory!(sp)));
        }
        services.AddServiceDeskRecords();
        services.AddConnectorClient();
        services.AddHttpClient(ConnectorTransport.SingleAttemptHttpClientName).AddHttpMessageHandler(() => new SentCallRecorder(sent, TimeProvider.System));
        services.AddOutboxDelivery();
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public string DataFolder { get; }

    /// <summary>Every connector call as it left this harness's client, in order.</summary>
    public IReadOnlyList<SentCall> Sent => [.. sent];

    public IOutboxStore Store => provider.GetRequiredService<IOutboxStore>();

    public IUserProfileStore Profiles => provider.GetRequiredService<IUserProfileStore>();

    public IThrottleStore Throttle => provider.GetRequiredService<IThrottleStore>();

    public IOutboxSignal Signal => provider.GetRequiredService<IOutboxSignal>();

    public RateGate Gate => provider.GetRequiredService<RateGate>();

    public ServiceDeskMetrics Metrics => provider.GetRequiredService<ServiceDeskMetrics>();

    public static ConversationReference Chat(OutboxFakeConnector connector, string conversationId = "a:chat-1") =>
        new(connector.ServiceUrl, conversationId, Tenant, "msteams", ConversationKind.Personal, Bot);

    public static ConversationReference Channel(OutboxFakeConnector connector) =>
        new(connector.ServiceUrl, "19:queue@thread.tacv2", Tenant, "msteams", ConversationKind.Channel, Bot, "team-1", "19:queue@thread.tacv2");

    /// <summary>A message activity whose text is <paramref name="marker"/>, as the dialogs write payloads.</summary>
    public static string Message(string marker) =>
        $$$"""{"type":"message","locale":"en-US","text":"{{{marker}}}","textFormat":"plain","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5","body":[]}}]}""";

    public Task<OutboxRecord> EnqueueAsync(OutboxDraft draft) => Store.EnqueueAsync(draft, CancellationToken.None);

    public Task<OutboxRecord> SendAsync(OutboxFakeConnector connector, string marker, string conversationId = "a:chat-1", string? recipient = null) =>
        EnqueueAsync(new OutboxDraft(marker, OutboxKind.Send, Chat(connector, conversationId), Message(marker), RecipientUserId: recipient));

    /// <summary>A new worker, started (as the host would start it).</summary>
    public async Task<OutboxWorker> StartWorkerAsync()
    {
        var worker = ActivatorUtilities.CreateInstance<OutboxWorker>(provider);
        workers.Add(worker);
        await worker.StartAsync(CancellationToken.None);
        return worker;
    }

    /// <summary>Waits until the record satisfies <paramref name="condition"/>; fails with its last state after the timeout.</summary>
    public async Task<OutboxRecord> WaitForAsync(string key, Func<OutboxRecord, bool> condition, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        OutboxRecord? record = null;
        while (DateTime.UtcNow < deadline)
        {
            record = await Store.GetAsync(key, CancellationToken.None);
            if (record is not null && condition(record))
            {
                return record;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"Record {key} did not reach the expected state in {seconds} s; last: {record?.Status} attempts {record?.Attempts} error {record?.LastError}");
    }

    /// <summary>Waits until <paramref name="condition"/> holds, or fails after the timeout.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not true after {seconds} s: {what}.");
            }

            await Task.Delay(20);
        }
    }

    public Task<OutboxRecord> WaitForStatusAsync(string key, OutboxStatus status, int seconds = 15) =>
        WaitForAsync(key, r => r.Status == status, seconds);

    /// <summary>Waits until <paramref name="worker"/> has completed <paramref name="rounds"/> more claim rounds (it has looked).</summary>
    public static async Task WaitForRoundsAsync(OutboxWorker worker, int rounds = 2, int seconds = 10)
    {
        var target = worker.Cycles + rounds;
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (worker.Cycles < target)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The worker did not complete {rounds} rounds in {seconds} s.");
            }

            await Task.Delay(10);
        }
    }

    public static string Seconds(int value) => value.ToString(CultureInfo.InvariantCulture);

    public async Task StopWorkersAsync()
    {
        foreach (var worker in workers)
        {
            await worker.StopAsync(CancellationToken.None);
            worker.Dispose();
        }

        workers.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await StopWorkersAsync();
        await provider.DisposeAsync();
        if (ownsFolder)
        {
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
