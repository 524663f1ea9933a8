using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceDesk.Bench.Understanding.Seeing;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bench.Understanding.Desk;

/// <summary>
/// One employee in a 1:1 chat with the bot, typing and clicking as a person does; after each step, what they saw and
/// which tickets that step created in the store.
/// </summary>
internal sealed class Chat(DeskHost host, string locale, int index, FailedTurns failed)
{
    /// <summary>Every chat's Monday morning; the seeded tickets were opened on the days before.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private int _activity;

    public TicketPerson Employee { get; } = new($"29:employee-{index}", $"aad-employee-{index}", "Camille Martin");

    public string Locale { get; } = locale;

    public string Language => Locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? "fr" : "en";

    public IReadOnlyDictionary<string, TicketNumber> Seeded { get; private set; } = new Dictionary<string, TicketNumber>();

    /// <summary>What the last step showed.</summary>
    public Seen Last { get; private set; } = new(TurnResult.Nothing);

    /// <summary>The tickets the last step created.</summary>
    public IReadOnlyList<Ticket> Created { get; private set; } = [];

    /// <summary>Every ticket this chat created, oldest first.</summary>
    public List<Ticket> AllCreated { get; } = [];

    public async Task SeedAsync(CancellationToken cancellationToken) =>
        Seeded = await SeededTickets.CreateAsync(host.Tickets, host.Clock, Employee, Start, cancellationToken).ConfigureAwait(false);

    public Task<Seen> SayAsync(string text, CancellationToken cancellationToken) =>
        StepAsync(Turn(TurnKind.Message, text, null), cancellationToken);

    /// <summary>Clicks <paramref name="button"/>, with the form's inputs filled as given (Teams merges them into the data).</summary>
    public Task<Seen> ClickAsync(SeenButton button, IReadOnlyDictionary<string, string> inputs, CancellationToken cancellationToken)
    {
        var data = button.Data.ValueKind == JsonValueKind.Object ? JsonNode.Parse(button.Data.GetRawText())!.AsObject() : [];
        foreach (var (field, value) in inputs)
        {
            data[field] = value;
        }

        var element = JsonSerializer.SerializeToElement(data);
        return StepAsync(Turn(TurnKind.CardAction, null, new CardAction(button.Verb, element, IsInvoke: true)), cancellationToken);
    }

    private async Task<Seen> StepAsync(Turn turn, CancellationToken cancellationToken)
    {
        var before = (await TicketsAsync(cancellationToken).ConfigureAwait(false)).Select(t => t.Number).ToHashSet();
        TurnResult result;
        try
        {
            result = await host.Router.HandleAsync(turn, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The host's one catch would apologise: the person sees an apology, the evaluation counts a failure.
            failed.Add(e);
            result = new TurnResult([Reply.Of($"(the turn failed: {e.GetType().Name}: {e.Message})")]);
        }

        var after = await TicketsAsync(cancellationToken).ConfigureAwait(false);
        Created = [.. after.Where(t => !before.Contains(t.Number)).OrderBy(t => t.CreatedAt)];
        AllCreated.AddRange(Created);
        Last = new Seen(result);
        return Last;
    }

    private async Task<List<Ticket>> TicketsAsync(CancellationToken cancellationToken)
    {
        var page = await host.Tickets.ListByRequesterAsync(Employee.Id, 100, null, cancellationToken).ConfigureAwait(false);
        return [.. page.Tickets];
    }

    private Turn Turn(TurnKind kind, string? text, CardAction? action)
    {
        _activity++;
        var person = new Person(Employee.Id, Employee.AadObjectId, Employee.Name);
        var conversation = new ConversationReference("https://smba.example.test/emea/", $"a:chat-{Employee.Id}", "tenant-bench", "msteams", ConversationKind.Personal, "28:servicedesk");
        return new Turn(kind, $"act-{_activity}", person, conversation, Locale, "Europe/Paris", text, action, Start.AddMinutes(_activity));
    }
}
