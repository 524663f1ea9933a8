using Microsoft.Extensions.Options;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Escalation;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Flows.MyTickets;
using ServiceDesk.Dialogs.Flows.ReportIncident;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Understanding;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Conversation;

/// <summary>
/// The real router over in-memory ports; a new router per turn, so state lives only in the store (as after a restart),
/// except where the host told step cards went (<see cref="StepCards"/>), which the instance keeps until the next save.
/// </summary>
internal sealed class RouterHarness
{
    public InMemoryDialogStateStore Store { get; } = new();

    /// <summary>The instance's memory of posted step cards, shared by the routers of the harness as by the turns of one bot.</summary>
    public StepCardLedger StepCards => field ??= new StepCardLedger(Time);

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    public DialogOptions Options { get; } = new();

    public List<IDialog> Dialogs { get; } = [];

    public InMemoryTicketStore Tickets { get; } = new();

    public FakeKnowledge Knowledge { get; } = new();

    /// <summary>The knowledge the router's answers search instead of <see cref="Knowledge"/> (a test with scores of its own).</summary>
    public ServiceDesk.Dialogs.Knowledge.IKnowledgeSearch? Search { get; set; }

    /// <summary>The score from which a best article under the search's threshold is a near miss (off unless a test sets it).</summary>
    public double NearMiss { get; set; } = ServiceDesk.Dialogs.Knowledge.KnowledgeRelevance.NearMiss;

    public RecordingDeflections Deflections { get; } = new();

    public IncidentCatalogue Catalogue { get; } = new(Microsoft.Extensions.Options.Options.Create(TestCatalogue.Options));

    /// <summary>The outages the incident flow sees (none by default).</summary>
    public IOutageQuery Outages { get; set; } = new NoOutages();

    /// <summary>"Is there an outage?" over the announcements; null: over no announcements.</summary>
    public ServiceDesk.Dialogs.Announcements.Employees.OutageBoard? Board { get; set; }

    /// <summary>The recogniser the router asks (the real one unless a test gives a Moq'd one).</summary>
    public IIntentRecognizer Recognizer { get; set; } = new KeywordIntentRecognizer();

    /// <summary>Access resource names a follow-up may name (none unless a test sets it).</summary>
    public AccessCatalogue? Access { get; set; }

    /// <summary>The language model behind knowledge answers (none unless a test gives one).</summary>
    public ServiceDesk.Dialogs.Assist.IGroundedAnswers Grounded { get; set; } = ServiceDesk.Dialogs.Assist.NoLanguageModel.Instance;

    /// <summary>The language model's second reading of unsure messages (none unless a test gives one).</summary>
    public ServiceDesk.Dialogs.Assist.IIntentReader Reader { get; set; } = ServiceDesk.Dialogs.Assist.NoLanguageModel.Instance;

    /// <summary>Adds the real Flow 1 over the in-memory ports.</summary>
    public RouterHarness WithIncidentFlow(ServiceDesk.Dialogs.Agents.IAgentQueue? queue = null)
    {
        Dialogs.Add(new ReportIncidentFlow(Catalogue, Knowledge, Outages, Tickets, Deflections, PriorityMatrix.Default,
            Sla.SlaClocks.WallClock(), Agents.AgentParts.Notifier(Tickets, queue), new KnowledgeMemory(Store)));
        return this;
    }

    public ServiceDeskRouter Router() =>
        Build(new DialogSessions(Store, Microsoft.Extensions.Options.Options.Create(Options), Time, StepCards), Dialogs, [], Tickets, Search ?? Knowledge, Deflections, board: Board,
            store: Store, recognizer: Recognizer, incidents: Catalogue, access: Access, grounded: Grounded, reader: Reader, nearMiss: NearMiss);

    /// <summary>The real router over the given ports, with the real recogniser and no outages; for other flows' harnesses too.</summary>
    public static ServiceDeskRouter Build(
        DialogSessions sessions,
        IEnumerable<IDialog> dialogs,
        IEnumerable<ICardActionHandler> handlers,
        ServiceDesk.Dialogs.Ports.ITicketStore tickets,
        ServiceDesk.Dialogs.Knowledge.IKnowledgeSearch? knowledge = null,
        IDeflectionLog? deflections = null,
        ServiceDesk.Dialogs.Agents.ITicketNotifier? notifier = null,
        ServiceDesk.Dialogs.Announcements.Employees.OutageBoard? board = null,
        ServiceDesk.Dialogs.Ports.IDialogStateStore? store = null,
        IIntentRecognizer? recognizer = null,
        IncidentCatalogue? incidents = null,
        AccessCatalogue? access = null,
        ServiceDesk.Dialogs.Assist.IGroundedAnswers? grounded = null,
        ServiceDesk.Dialogs.Ports.IOutboxStore? outbox = null,
        ServiceDesk.Dialogs.Assist.IIntentReader? reader = null,
        double nearMiss = ServiceDesk.Dialogs.Knowledge.KnowledgeRelevance.NearMiss) =>
        new(
            sessions,
            dialogs,
            recognizer ?? new KeywordIntentRecognizer(),
            new KnowledgeAnswers(knowledge ?? new FakeKnowledge(), deflections ?? new RecordingDeflections(), new KnowledgeMemory(store ?? new InMemoryDialogStateStore()), new NoOutages(),
                grounded ?? ServiceDesk.Dialogs.Assist.NoLanguageModel.Instance, nearMiss),
            new MyTicketsFlow(tickets, Agents.AgentParts.Notifier(tickets), Sla.SlaClocks.WallClock(), incidents ?? Catalogues.Incidents,
                access ?? Catalogues.NoAccess, new InMemoryUserProfiles(), outbox ?? Moq.Mock.Of<ServiceDesk.Dialogs.Ports.IOutboxStore>()),
            new EscalationFlow(tickets, PriorityMatrix.Default, Sla.SlaClocks.WallClock(), notifier ?? Agents.AgentParts.Notifier(tickets)),
            new CardActionTable(handlers),
            Agents.AgentParts.Channel(tickets),
            board ?? new ServiceDesk.Dialogs.Announcements.Employees.OutageBoard(new InMemoryAnnouncements()),
            access ?? Catalogues.NoAccess,
            QueueSetup(incidents ?? Catalogues.Incidents),
            new ServiceDesk.Dialogs.Assist.UnsureUnderstanding(reader ?? ServiceDesk.Dialogs.Assist.NoLanguageModel.Instance, incidents ?? Catalogues.Incidents, access ?? Catalogues.NoAccess, TimeProvider.System));

    /// <summary>The agents' queue setup over an empty queue store; a router test that adds the bot to a team gets its card.</summary>
    private static ServiceDesk.Dialogs.Agents.Queue.QueueSetupHandler QueueSetup(IncidentCatalogue incidents) => new(
        new InMemoryQueueStore(), Moq.Mock.Of<ServiceDesk.Dialogs.Agents.Queue.ITeamRoster>(), incidents,
        Microsoft.Extensions.Options.Options.Create(new ServiceDesk.Dialogs.Agents.Queue.AgentQueueOptions()),
        Moq.Mock.Of<ServiceDesk.Dialogs.Agents.Queue.IUnroutedTickets>(), TimeProvider.System,
        Microsoft.Extensions.Logging.Abstractions.NullLogger<ServiceDesk.Dialogs.Agents.Queue.QueueSetupHandler>.Instance,
        new Flows.RequestAccess.FakeDirectory());

    /// <summary>The catalogues a router gets when its test names none: the test incident catalogue, no access resources.</summary>
    private static class Catalogues
    {
        public static readonly IncidentCatalogue Incidents = new(Microsoft.Extensions.Options.Options.Create(TestCatalogue.Options));

        public static readonly AccessCatalogue NoAccess = new([]);
    }

    public Task<TurnResult> SendAsync(Turn turn) => Router().HandleAsync(turn, CancellationToken.None);

    /// <summary>Replies and invoke answer as lines: "text: …", "card: first text | error: …", "invoke card: …".</summary>
    public static List<string> Describe(TurnResult result)
    {
        var lines = result.Replies.Select(r => r.Card is null ? $"text: {r.Text}" : $"card: {Summary(r.Card)}").ToList();
        if (result.Invoke is { } invoke)
        {
            lines.Add(invoke.Card is null ? $"invoke {invoke.StatusCode}: {invoke.Message}" : $"invoke card: {Summary(invoke.Card)}");
        }

        return lines;
    }

    public static AdaptiveCard LastCard(TurnResult result) =>
        result.Invoke?.Card ?? result.Replies.Last(r => r.Card is not null).Card!;

    /// <summary>The data of the card's first action whose verb is <paramref name="verb"/> (what pressing it sends, before inputs).</summary>
    public static System.Text.Json.Nodes.JsonObject DataOf(AdaptiveCard card, string verb)
    {
        var actions = card.Actions ?? [];
        var all = actions.Concat(card.Body.OfType<ActionSet>().SelectMany(s => s.Actions))
            .Concat(card.Body.OfType<Container>().SelectMany(c => c.Items.OfType<ActionSet>()).SelectMany(s => s.Actions));
        var execute = all.OfType<ExecuteAction>().First(a => a.Verb == verb);
        return (System.Text.Json.Nodes.JsonObject)execute.Data!.DeepClone();
    }

    private static string Summary(AdaptiveCard card)
    {
        var texts = Flatten(card.Body).OfType<TextBlock>().Select(t => t.Text).ToList();
        var errors = Flatten(card.Body).OfType<CardInput>().Where(i => i.ErrorMessage is not null).Select(i => i.ErrorMessage).ToList();
        var first = texts.FirstOrDefault() ?? string.Empty;
        return errors.Count == 0 ? first : $"{first} | error: {string.Join(", ", errors)}";
    }

    internal static IEnumerable<CardElement> Flatten(IEnumerable<CardElement> elements)
    {
        foreach (var element in elements)
        {
            yield return element;
            var children = element switch
            {
                Container c => c.Items,
                ActionSet => [],
                ColumnSet s => s.Columns.SelectMany(col => col.Items).ToList(),
                _ => [],
            };
            foreach (var child in Flatten(children))
            {
                yield return child;
            }
        }
    }
}
