using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Bot.Tests.Flows;

/// <summary>
/// The employee flows through <c>POST /api/messages</c> on the real host with the durable SQLite stores: what the
/// fake connector receives is what the person would read in Teams.
/// </summary>
public sealed class FlowsHostTests : IAsyncLifetime
{
    private const string Camille = "29:1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-abcdefghijklmnopqrstuvwxyzABCDEFG";
    private const string Paul = "29:paul-another-employee";

    private FakeConnector _connector = null!;
    private BotHostFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _factory = new BotHostFactory();
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Reporting_an_incident_by_text_creates_the_ticket_and_confirms_it_in_french()
    {
        await SayAsync("mon outlook plante tous les matins depuis la mise à jour", "Qui est touché ?");
        await SayAsync("moi seulement", "Quelle part de votre travail est bloquée ?");
        await SayAsync("tout mon travail est bloqué", "Prêt à créer votre ticket");
        var confirmation = await SayAsync("créer", "Ticket INC-000001 créé");

        Assert.Contains("Réponse attendue avant", confirmation, StringComparison.Ordinal);
        var ticket = Assert.Single((await Tickets.ListByRequesterAsync(Camille, 10, null, default)).Tickets);
        Assert.Equal(("email", ServiceDesk.Dialogs.Tickets.Priority.P3), (ticket.Category, ticket.Priority));
    }

    [Fact]
    public async Task Reporting_an_incident_by_card_answers_each_invoke_with_the_next_card_and_creates_one_ticket()
    {
        var card = await InvokeAsync("menu.reportIncident", new JsonObject { ["verb"] = "menu.reportIncident" }, "Étape 1 sur 5");
        card = await InvokeAsync("incident.answer", With(card, "incident.answer", ("category", "printing")), "Étape 2 sur 5");
        card = await InvokeAsync("incident.answer", With(card, "incident.answer", ("title", "L'imprimante du 2e bourre")), "Étape 3 sur 5");
        card = await InvokeAsync("incident.answer", With(card, "incident.answer", ("description", "Chaque impression bourre au bac 2.")), "Étape 4 sur 5");
        card = await InvokeAsync("incident.answer", With(card, "incident.answer", ("impact", "team")), "Étape 5 sur 5");
        var review = await InvokeAsync("incident.answer", With(card, "incident.answer", ("urgency", "part")), "P3 – Moyenne");
        var create = With(review, "incident.create");

        await InvokeAsync("incident.create", create, "Ticket INC-000001 créé");
        await InvokeAsync("incident.create", create, "Cette carte n'est plus à jour");

        Assert.Single((await Tickets.ListByRequesterAsync(Camille, 10, null, default)).Tickets);
    }

    [Fact]
    public async Task My_tickets_lists_the_ticket_and_another_employee_gets_not_found_for_its_number()
    {
        await SayAsync("mon outlook plante tous les matins depuis la mise à jour", "Qui est touché ?");
        await SayAsync("1", "Quelle part");
        await SayAsync("1", "Prêt à créer");
        await SayAsync("oui", "INC-000001");

        var list = await SayAsync("mes tickets", "Mes tickets");
        Assert.Contains("INC-000001", list, StringComparison.Ordinal);
        await SayAsync("statut INC-000001", "Historique");
        await SayAsync("status INC-000001", "I can't find a ticket INC-000001 among yours.", from: Paul, locale: "en-US");
        await SayAsync("status INC-000777", "I can't find a ticket INC-000777 among yours.", from: Paul, locale: "en-US");
    }

    private ITicketStore Tickets => _factory.Services.GetRequiredService<ITicketStore>();

    /// <summary>Sends a message and returns what the connector received for it (texts and card JSON), checked for <paramref name="expect"/>.</summary>
    private async Task<string> SayAsync(string text, string expect, string from = Camille, string locale = "fr-FR")
    {
        var before = _connector.Received.Count;
        var json = ActivityFixtures.With("personal-message", _connector.BaseUrl, a =>
        {
            a["text"] = text;
            a["id"] = Guid.NewGuid().ToString("N");
            a["locale"] = locale;
            a["from"]!["id"] = from;
            if (from != Camille)
            {
                a["conversation"]!["id"] = "a:" + from;
            }
        });
        var response = await PostAsync(json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = await _connector.WaitForAsync(before + 1);
        var said = string.Join("\n", received.Skip(before).Select(r => Readable(JsonNode.Parse(r.Body!.Value.GetRawText()))));
        Assert.True(said.Contains(expect, StringComparison.Ordinal), $"'{text}': expected «{expect}» in {said}");
        return said;
    }

    /// <summary>An Action.Execute invoke; returns the card the bot answered with, checked for <paramref name="expect"/>.</summary>
    private async Task<JsonObject> InvokeAsync(string verb, JsonObject data, string expect)
    {
        var json = ActivityFixtures.With("adaptive-card-action-invoke", _connector.BaseUrl, a =>
        {
            a["id"] = Guid.NewGuid().ToString("N");
            a["value"]!["action"]!["verb"] = verb;
            a["value"]!["action"]!["data"] = data.DeepClone();
        });
        var response = await PostAsync(json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var node = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        var body = Readable(node);
        Assert.True(body.Contains(expect, StringComparison.Ordinal), $"{verb}: expected «{expect}» in {body}");
        return node!["value"] as JsonObject ?? [];
    }

    /// <summary>The data of the card's <paramref name="verb"/> button with input values merged in, as Teams sends it.</summary>
    private static JsonObject With(JsonObject card, string verb, params (string Id, string Value)[] inputs)
    {
        var action = Actions(card).First(a => a["verb"]?.GetValue<string>() == verb);
        var data = (JsonObject)action["data"]!.DeepClone();
        foreach (var (id, value) in inputs)
        {
            data[id] = value;
        }

        return data;
    }

    private static IEnumerable<JsonObject> Actions(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["type"]?.GetValue<string>() == "Action.Execute")
                {
                    yield return o;
                }

                foreach (var (_, child) in o)
                {
                    foreach (var found in Actions(child))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var found in Actions(item))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }

    /// <summary>JSON with accents and apostrophes as written, so expectations read like the texts.</summary>
    private static string Readable(JsonNode? node) =>
        node?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? string.Empty;

    private Task<HttpResponseMessage> PostAsync(string json) =>
        _client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
}
