using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Records;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Bench.Storage;

/// <summary>The records composed as the app does (<c>AddServiceDeskRecords</c>) over one table backend.</summary>
internal sealed class BenchRecords : IDisposable
{
    private readonly ServiceProvider provider;

    public BenchRecords(ITableService tables, int numberBlockSize = 50)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Records:NumberBlockSize"] = numberBlockSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSingleton(tables).AddLogging();
        services.AddServiceDeskRecords();
        provider = services.BuildServiceProvider();
    }

    public ITicketStore Tickets => provider.GetRequiredService<ITicketStore>();

    public static TicketDraft Incident(string requesterId, int n)
    {
        var requester = new TicketPerson(requesterId, null, "Employee " + requesterId);
        var template = new Ticket
        {
            Number = default, Version = 0, Status = TicketStatus.New, Title = "Outlook crashes #" + n,
            Description = "My Outlook crashes every morning since the update.", Category = "email", Service = "Outlook",
            Impact = Impact.Low, Urgency = Urgency.Medium, Priority = Priority.P4, Requester = requester,
            CreatedAt = default, UpdatedAt = default,
        };
        return new TicketDraft(TicketKind.Incident, template, new TicketEvent(DateTimeOffset.UtcNow, requester, TicketEventKind.Created, []));
    }

    /// <summary>The queue card a new incident posts in the agents' channel: the outbox record of each creation.</summary>
    public static IReadOnlyList<ServiceDesk.Dialogs.Outbox.OutboxDraft> QueueCard(Ticket ticket) =>
    [
        new($"{ticket.Number}/v{ticket.Version}/queue-card", ServiceDesk.Dialogs.Outbox.OutboxKind.NewChannelThread,
            new ServiceDesk.Dialogs.Turns.ConversationReference("https://smba.example/teams/", "19:queue@thread.tacv2", "tenant",
                "msteams", ServiceDesk.Dialogs.Turns.ConversationKind.Channel, "28:bot"),
            $$$"""{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"{{{ticket.Number}}} {{{ticket.Title}}}"}]}}]}""",
            Subject: ticket.Number.ToString(), Purpose: "queue-card"),
    ];

    public void Dispose() => provider.Dispose();
}
