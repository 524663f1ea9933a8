using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Infra.Storage;
using ServiceDesk.Infra.Storage.Records;

namespace ServiceDesk.Bench.Fanout;

/// <summary>
/// The outbox of the bench's SQLite folder, composed as the app does (AddTableStorage + AddServiceDeskRecords), opened
/// beside the running bot (SQLite WAL, two processes): the announcement's records go in, their outcomes are read back.
/// </summary>
internal sealed class FanoutStore : IAsyncDisposable
{
    public const string Tenant = "tenant-bench";
    public const string Bot = "28:bench-bot";

    private readonly ServiceProvider provider;

    public FanoutStore(string dataFolder)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["Storage:DataFolder"] = dataFolder })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddTableStorage();
        services.AddServiceDeskRecords();
        provider = services.BuildServiceProvider();
    }

    public IOutboxStore Outbox => provider.GetRequiredService<IOutboxStore>();

    public static string Recipient(int i) => "29:employee-" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static string Conversation(int i) => "a:fanout-" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The idempotency key of version <paramref name="version"/> of the announcement for one recipient; also the message's text (marker).</summary>
    public static string Key(int version, int i) => $"bench-announcement/v{version}/{Recipient(i)}";

    /// <summary>One record per recipient, 32 enqueues at a time: a Send (version 1) or an UpdateActivity over <paramref name="activityIds"/>.</summary>
    public async Task EnqueueAsync(string serviceUrl, int recipients, int version, IReadOnlyDictionary<int, string>? activityIds)
    {
        await Parallel.ForEachAsync(Enumerable.Range(0, recipients), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, token) =>
        {
            var target = new ConversationReference(serviceUrl, Conversation(i), Tenant, "msteams", ConversationKind.Personal, Bot);
            var key = Key(version, i);
            var draft = activityIds is null
                ? new OutboxDraft(key, OutboxKind.Send, target, Payload(key), RecipientUserId: Recipient(i), Subject: "MI-1", Purpose: "announcement")
                : new OutboxDraft(key, OutboxKind.UpdateActivity, target, Payload(key), ActivityId: activityIds[i], RecipientUserId: Recipient(i),
                    Subject: "MI-1", Purpose: "announcement");
            await Outbox.EnqueueAsync(draft, token);
        });
    }

    /// <summary>Every recipient's record of one version (null when missing).</summary>
    public async Task<OutboxRecord?[]> ReadAllAsync(int recipients, int version)
    {
        var records = new OutboxRecord?[recipients];
        await Parallel.ForEachAsync(Enumerable.Range(0, recipients), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, token) =>
            records[i] = await Outbox.GetAsync(Key(version, i), token));
        return records;
    }

    /// <summary>An announcement-sized message: the text is the marker the fake connector files the call under.</summary>
    private static string Payload(string marker) =>
        $$$"""{"type":"message","locale":"en-US","text":"{{{marker}}}","textFormat":"plain","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Outage: Outlook","weight":"Bolder","size":"Medium"},{"type":"TextBlock","text":"Mail cannot be sent or received. Next update 10:30.","wrap":true}],"actions":[{"type":"Action.Submit","title":"I'm affected too","data":{"verb":"outage.affected","id":"MI-1"}}]}}]}""";

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
