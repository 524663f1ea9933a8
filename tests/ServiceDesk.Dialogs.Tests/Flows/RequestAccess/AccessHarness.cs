using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Flows.RequestAccess;

/// <summary>
/// The real router with the request-access flow and the approval buttons over in-memory ports. A new router per
/// turn, so everything between turns lives in the stores. Jean (29:jean) asks; Marie (29:marie) is his manager.
/// </summary>
internal sealed class AccessHarness(AccessCatalogueOptions? options = null, ServiceCatalogueOptions? items = null)
{
    public static readonly Person Jean = new("29:jean", "aad-jean", "Jean Dupont");
    public static readonly Person Marie = new("29:marie", "aad-marie", "Marie Martin");

    public InMemoryDialogStateStore DialogState { get; } = new();

    public InMemoryTicketStore Tickets { get; } = new();

    public InMemoryUserProfiles Profiles { get; } = new();

    /// <summary>What the outbox delivered (the activity ids of cards the approvers got), for updates in place.</summary>
    public InMemoryOutbox Delivered { get; } = new();

    /// <summary>Marie is Jean's manager.</summary>
    public FakeDirectory Directory { get; } = new() { Managers = { [Jean.Id] = new DirectoryPerson(Marie.Id, Marie.AadObjectId, Marie.Name) } };

    // Sunday 22 November 2026, 09:00 UTC (10:00 in Paris).
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The small test catalogue, or the one given (e.g. the shipped catalogue, with its look-alike resources).</summary>
    public AccessCatalogueOptions Options { get; } = options ?? TestAccessCatalogue.Options();

    /// <summary>The software and hardware items (the shipped ones unless given).</summary>
    public ServiceCatalogueOptions Items { get; } = items ?? ShippedAccessCatalogue.Items();

    /// <summary>The agents' queue the requests to fulfil go to (none by default).</summary>
    public ServiceDesk.Dialogs.Agents.IAgentQueue Queue { get; set; } = FakeAgentQueue.None();

    /// <summary>The last card the person was shown (what their next card answer is based on).</summary>
    public AdaptiveCard? LastCard { get; private set; }

    /// <summary>The knowledge base the router answers questions from (a few fake articles unless a test sets one).</summary>
    public ServiceDesk.Dialogs.Knowledge.IKnowledgeSearch? Knowledge { get; set; }

    /// <summary>The language model's reading of unsure messages (none unless a test gives one).</summary>
    public ServiceDesk.Dialogs.Assist.IIntentReader? Reader { get; set; }

    /// <summary>The recogniser the router uses; the shipped keyword recogniser when null.</summary>
    public ServiceDesk.Dialogs.Understanding.IIntentRecognizer? Recognizer { get; set; }

    public ServiceDeskRouter Router()
    {
        var catalogue = AccessCatalogue.From(Options, Items);
        var notifier = Agents.AgentParts.Notifier(Tickets, Queue, Profiles);
        AccessRequestFlow Flow(CataloguePart part) => new(
            catalogue, Microsoft.Extensions.Options.Options.Create(Options), Tickets, Profiles, new ApproverSelection(Directory), notifier, part);
        var approvals = new AccessApprovalHandler(Tickets, Profiles, catalogue, Time, notifier, Fulfilment.FulfilmentParts.None(catalogue));
        var starter = new Dialogs.Flows.NewStarter.NewStarterFlow(catalogue, Tickets, Profiles, new ApproverSelection(Directory), notifier);
        var starterApprovals = new Dialogs.Flows.NewStarter.NewStarterApprovalHandler(Tickets, Profiles, catalogue, Time, notifier);
        return RouterHarness.Build(
            new DialogSessions(DialogState, Microsoft.Extensions.Options.Options.Create(new DialogOptions()), Time, new StepCardLedger(Time)),
            [Flow(CataloguePart.Access), Flow(CataloguePart.Software), Flow(CataloguePart.Hardware), starter], [approvals, starterApprovals], Tickets, Knowledge, store: DialogState, access: catalogue, outbox: Delivered, reader: Reader, recognizer: Recognizer);
    }

    public Task<TurnResult> StartAsync(string locale, Person? who = null) =>
        SendAsync(Turn(who ?? Jean, locale, null, new CardAction(MenuVerbs.RequestAccess, JsonSerializer.SerializeToElement(new { verb = MenuVerbs.RequestAccess }), true)));

    public Task<TurnResult> TypeAsync(string locale, string text, Person? who = null) => SendAsync(Turn(who ?? Jean, locale, text, null));

    /// <summary>Presses <paramref name="verb"/> on the last card with <paramref name="inputs"/> filled in (Teams merges them into the data).</summary>
    public Task<TurnResult> PressAsync(string locale, string verb, object? inputs = null, bool invoke = true, Person? who = null)
    {
        var data = RouterHarness.DataOf(LastCard!, verb);
        if (inputs is not null)
        {
            foreach (var (key, value) in JsonSerializer.SerializeToNode(inputs)!.AsObject())
            {
                data[key] = value?.DeepClone();
            }
        }

        return SendAsync(Turn(who ?? Jean, locale, null, new CardAction(verb, JsonSerializer.SerializeToElement(data), invoke)));
    }

    public async Task<TurnResult> SendAsync(Turn turn)
    {
        var result = await Router().HandleAsync(turn, CancellationToken.None);
        var card = result.Invoke?.Card ?? result.Replies.LastOrDefault(r => r.Card is not null)?.Card;
        LastCard = card ?? LastCard;
        return result;
    }

    public Turn Turn(Person who, string locale, string? text, CardAction? action) =>
        new(
            action is null ? TurnKind.Message : TurnKind.CardAction,
            "activity-" + Guid.NewGuid().ToString("N"),
            who,
            ApprovalTestData.Chat(who == Jean ? "a:jean" : "a:" + who.Id),
            locale,
            "Europe/Paris",
            text,
            action,
            Time.GetUtcNow());
}

/// <summary>The directory port from a dictionary; <see cref="Unavailable"/> makes it answer as if Graph were down.</summary>
internal sealed class FakeDirectory : IDirectory
{
    public Dictionary<string, DirectoryPerson> Managers { get; } = [];

    public List<DirectoryPerson> People { get; } = [];

    public bool Unavailable { get; set; }

    /// <summary>The managers found stand in for this one, whose account is disabled (the directory passed over them).</summary>
    public DirectoryPerson? DisabledManager { get; set; }

    public Task<DirectoryLookup> GetManagerAsync(DirectoryPerson person, CancellationToken cancellationToken) =>
        Task.FromResult(Unavailable ? DirectoryLookup.Unavailable
            : Managers.TryGetValue(person.Id, out var manager)
                ? DisabledManager is { } disabled ? DirectoryLookup.Found(manager) with { Absent = ApproverAbsence.ManagerDisabled, AbsentPerson = disabled } : DirectoryLookup.Found(manager)
                : DirectoryLookup.NotFound);

    public Task<DirectoryLookup> FindPersonAsync(string idOrObjectId, CancellationToken cancellationToken) =>
        Task.FromResult(Unavailable ? DirectoryLookup.Unavailable
            : People.FirstOrDefault(p => p.Is(idOrObjectId)) is { } found ? DirectoryLookup.Found(found) : DirectoryLookup.NotFound);
}
