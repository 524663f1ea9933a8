using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Fanout;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Infra.Storage;
using ServiceDesk.Infra.Storage.Records;

namespace ServiceDesk.Bench.Fanout;

/// <summary>
/// The bench's SQLite folder composed as the app does (AddTableStorage + AddServiceDeskRecords + AddAnnouncementFanout),
/// opened beside the running bot (SQLite WAL, two processes): employees go in as profiles with a 1:1 chat each, the
/// announcement is saved and broadcast as the agents' handler does (the bot's fan-out worker does the rest), and what
/// each recipient got is read back from the fan-out's records and the outbox.
/// </summary>
internal sealed class FanoutStore : IAsyncDisposable
{
    public const string Tenant = "tenant-bench";
    public const string Bot = "28:bench-bot";
    private static readonly TicketPerson Agent = new("29:bench-agent", null, "Bench Agent");

    private readonly ServiceProvider provider;

    public FanoutStore(string dataFolder)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["Storage:DataFolder"] = dataFolder })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddTableStorage();
        services.AddServiceDeskRecords();
        services.AddAnnouncementFanout();
        provider = services.BuildServiceProvider();
    }

    public IOutboxStore Outbox => provider.GetRequiredService<IOutboxStore>();

    public IFanoutStore Fanout => provider.GetRequiredService<IFanoutStore>();

    public IAnnouncementStore Announcements => provider.GetRequiredService<IAnnouncementStore>();

    public static string Recipient(int i) => "29:employee-" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static string Conversation(int i) => "a:fanout-" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every recipient as a profile with a 1:1 chat (what installing the app leaves), every tenth in French, 32 at a time.</summary>
    public async Task SeedAsync(string serviceUrl, int recipients)
    {
        var profiles = provider.GetRequiredService<IUserProfileStore>();
        await Parallel.ForEachAsync(Enumerable.Range(0, recipients), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, token) =>
            await profiles.SaveAsync(new UserProfile(Recipient(i), null, null, i % 10 == 9 ? "fr-FR" : "en-US", "Europe/Paris", DateTimeOffset.UtcNow,
                new ConversationReference(serviceUrl, Conversation(i), Tenant, "msteams", ConversationKind.Personal, Bot)), token));
    }

    /// <summary>A new announcement, published (version 2) and broadcast.</summary>
    public async Task<Announcement> PublishAsync()
    {
        var content = new AnnouncementContent("Outlook",
            new AnnouncementText("Mail cannot be sent or received", "Outlook shows 'Disconnected'; messages stay in the outbox.", "Everyone using Outlook or Teams mail."),
            new AnnouncementText("La messagerie ne fonctionne plus", "Outlook affiche « Déconnecté » ; les messages restent dans la boîte d'envoi.", "Tous les utilisateurs d'Outlook."),
            DateTimeOffset.UtcNow.AddHours(1));
        var draft = await Announcements.CreateAsync(content, Agent, DateTimeOffset.UtcNow, CancellationToken.None);
        return await SaveAndBroadcastAsync(draft, AnnouncementRules.Publish(draft, DateTimeOffset.UtcNow).Announcement);
    }

    /// <summary>An update of <paramref name="published"/> (version + 1), saved and broadcast: every card edited in place.</summary>
    public async Task<Announcement> PostUpdateAsync(Announcement published) =>
        await SaveAndBroadcastAsync(published, AnnouncementRules.PostUpdate(
            published, Agent, "The mail servers are being restarted.", "Les serveurs de messagerie redémarrent.", DateTimeOffset.UtcNow.AddHours(1), DateTimeOffset.UtcNow).Announcement);

    /// <summary>What each recipient's record says (null: nothing recorded yet).</summary>
    public async Task<RecipientDelivery?[]> RecipientsAsync(string announcementId, int recipients)
    {
        var byUser = (await Fanout.ListRecipientsAsync(announcementId, null, Recipient(recipients - 1), CancellationToken.None)).ToDictionary(r => r.UserId);
        return [.. Enumerable.Range(0, recipients).Select(i => byUser.GetValueOrDefault(Recipient(i)))];
    }

    /// <summary>Every recipient's first-card outbox record (null when missing).</summary>
    public async Task<OutboxRecord?[]> FirstCardsAsync(string announcementId, int recipients)
    {
        var records = new OutboxRecord?[recipients];
        await Parallel.ForEachAsync(Enumerable.Range(0, recipients), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, token) =>
            records[i] = await Outbox.GetAsync(AnnouncementPurpose.Key(announcementId, Recipient(i), null), token));
        return records;
    }

    private async Task<Announcement> SaveAndBroadcastAsync(Announcement read, Announcement changed)
    {
        var saved = await Announcements.UpdateAsync(changed, read.Version, CancellationToken.None);
        var current = saved.Current ?? throw new InvalidOperationException($"announcement not saved: {saved.Status}");
        await provider.GetRequiredService<IAnnouncementBroadcaster>().BroadcastAsync(current, CancellationToken.None);
        return current;
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
