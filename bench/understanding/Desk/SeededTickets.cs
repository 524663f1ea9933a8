using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Bench.Understanding.Desk;

/// <summary>
/// The employee's own tickets before a follow-up is asked: six open incidents and one access request, created through
/// the ticket store as the flows create them, each on its day (the desk's clock pinned): printer on Tuesday, laptop on
/// Wednesday, screen on Thursday, vpn on Friday, outlook and visio on Saturday, teams on Sunday. The sets name them by alias.
/// </summary>
internal static class SeededTickets
{
    private static readonly (string Alias, string Category, string? Service, string Title, string Description)[] Incidents =
    [
        ("printer", "printing", "printer", "Printer on the 2nd floor prints blank pages", "The big printer near the kitchen prints blank pages since Monday."),
        ("laptop", "workstation", "laptop", "Laptop takes 10 minutes to start", "My laptop is very slow to start every morning."),
        ("screen", "workstation", "screen", "Second screen flickers", "My second monitor flickers all the time when it is on the dock."),
        ("vpn", "network-vpn", "vpn", "VPN disconnects every few minutes", "The VPN drops every few minutes when I work from home."),
        ("outlook", "email", "outlook", "Outlook keeps asking for my password", "Outlook asks for my password again and again."),
        ("teams", "software", "teams", "No sound in Teams calls", "Nobody hears me in Teams calls, the microphone works elsewhere."),
    ];

    public static IReadOnlyList<string> Aliases { get; } = [.. Incidents.Select(i => i.Alias), "visio"];

    public static async Task<IReadOnlyDictionary<string, TicketNumber>> CreateAsync(ITicketStore store, BenchClock clock, TicketPerson requester, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var numbers = new Dictionary<string, TicketNumber>(StringComparer.OrdinalIgnoreCase);
        var day = 0;
        foreach (var (alias, category, service, title, description) in Incidents)
        {
            var at = now.AddDays(-6 + day++);
            var ticket = Template(TicketKind.Incident, requester, at) with { Title = title, Description = description, Category = category, Service = service };
            using (clock.At(at))
            {
                numbers[alias] = (await store.CreateAsync(Draft(ticket, requester, at), null, cancellationToken).ConfigureAwait(false)).Number;
            }
        }

        var requested = now.AddDays(-2);
        var visio = Template(TicketKind.Request, requester, requested) with
        {
            Title = "Visio licence",
            Description = "I draw the network plans for the new office.",
            Category = "visio",
            Status = TicketStatus.AwaitingApproval,
            Access = new AccessRequestDetails("visio", "assigned", "I draw the network plans for the new office.", null, ["manager-1"]),
        };
        using (clock.At(requested))
        {
            numbers["visio"] = (await store.CreateAsync(Draft(visio, requester, requested), null, cancellationToken).ConfigureAwait(false)).Number;
        }

        return numbers;
    }

    private static TicketDraft Draft(Ticket ticket, TicketPerson requester, DateTimeOffset at) =>
        new(ticket.Kind, ticket, new TicketEvent(at, requester, TicketEventKind.Created, []));

    private static Ticket Template(TicketKind kind, TicketPerson requester, DateTimeOffset at) => new()
    {
        Number = new TicketNumber(kind, 1),
        Version = 0,
        Status = TicketStatus.New,
        Title = string.Empty,
        Description = string.Empty,
        Category = "other",
        Impact = Impact.Low,
        Urgency = Urgency.Medium,
        Priority = Priority.P4,
        Requester = requester,
        CreatedAt = at,
        UpdatedAt = at,
    };
}
