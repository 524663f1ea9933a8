using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Bot.Tests.Api;

/// <summary>The bot host with the API on (one key), and tickets seeded through the real ticket store.</summary>
internal sealed class ApiHost : IAsyncDisposable
{
    private readonly BotHostFactory _factory = new(new Dictionary<string, string?> { ["Api:Keys:0"] = ApiAuthTests.Key });
    private readonly HttpClient _client;

    public ApiHost() => _client = _factory.CreateClient();

    public IServiceProvider Services => _factory.Services;

    public ITicketStore Tickets => Services.GetRequiredService<ITicketStore>();

    public static TicketPerson Person(string id) => new(id, "aad-" + id, "Name " + id);

    public async Task<Ticket> CreateAsync(string requester, TicketKind kind = TicketKind.Incident, Priority priority = Priority.P3)
    {
        var template = new Ticket
        {
            Number = default, Version = 0, Status = TicketStatus.New, Title = "Outlook crashes", Description = "Every morning.",
            Category = "email", Impact = Impact.Medium, Urgency = Urgency.Medium, Priority = priority, Requester = Person(requester),
            CreatedAt = default, UpdatedAt = default,
        };
        var created = new TicketEvent(DateTimeOffset.UtcNow, Person(requester), TicketEventKind.Created, []);
        return await Tickets.CreateAsync(new TicketDraft(kind, template, created), null, CancellationToken.None);
    }

    public async Task<Ticket> ChangeAsync(Ticket ticket, Func<Ticket, Ticket> change, string actor, TicketEventKind kind)
    {
        var current = await Tickets.GetAsync(ticket.Number, CancellationToken.None);
        var result = await Tickets.UpdateAsync(change(current!), new TicketEvent(DateTimeOffset.UtcNow, Person(actor), kind, []), null, CancellationToken.None);
        Assert.Equal(TicketUpdateOutcome.Updated, result.Outcome);
        return result.Ticket!;
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Api-Key", ApiAuthTests.Key);
        var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static string Iso(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("o", System.Globalization.CultureInfo.InvariantCulture));

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }
}
