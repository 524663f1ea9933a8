using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Infra.Storage.Tables;
using Moq;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.Fulfilment;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Records;
using ServiceDesk.Infra.Tests.Records;

namespace ServiceDesk.Infra.Tests.Graph;

/// <summary>
/// The membership jobs as the host runs them: the real stores (SQLite), the real Graph client against the fake Graph,
/// the fake clock; the agents' queue and the notifier (ports of the Teams side) stubbed.
/// </summary>
internal sealed class FulfilmentHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset T0 = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    public const string Employee = "29:jean";

    private FulfilmentHarness(GraphHarness graph, FakeTimeProvider clock) => (Host, Clock) = (graph, clock);

    public GraphHarness Host { get; }

    public FakeGraph Graph => Host.Graph;

    public FakeTimeProvider Clock { get; }

    public LeaverCheck Leavers => Host.Provider.GetRequiredService<LeaverCheck>();

    public MembershipJobRunner Runner => Host.Provider.GetRequiredService<MembershipJobRunner>();

    public ITicketStore Tickets => Host.Provider.GetRequiredService<ITicketStore>();

    public IMembershipJobStore Jobs => Host.Provider.GetRequiredService<IMembershipJobStore>();

    public IOutboxStore Outbox => Host.Provider.GetRequiredService<IOutboxStore>();

    public static async Task<FulfilmentHarness> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var clock = new FakeTimeProvider(T0);
        var queue = new Mock<IAgentQueue>();
        queue.Setup(q => q.ForCategoryAsync(It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new QueueChannel(TestTickets.AgentsChannel, null, Locale: "en-US"));
        var notifier = new Mock<ITicketNotifier>();
        notifier.Setup(n => n.ForAsync(It.IsAny<Ticket?>(), It.IsAny<TicketEvent>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((OutboxFor)(_ => []));
        var graph = await GraphHarness.StartAsync(settings, configure: services =>
        {
            // The fake clock for the jobs only: Graph's retries wait in real time (Retry-After: 1 is one real second).
            services.AddSingleton<IMembershipJobStore>(sp => new TableMembershipJobStore(sp.GetRequiredService<ITableService>(), clock));
            services.AddSingleton(sp => ActivatorUtilities.CreateInstance<AccessFulfilment>(sp, clock));
            services.AddSingleton(sp => ActivatorUtilities.CreateInstance<FulfilmentRecords>(sp, clock));
            services.AddSingleton(sp => new MembershipJobRunner(
                sp.GetRequiredService<IMembershipJobStore>(), sp.GetRequiredService<IGroupMembership>(), sp.GetRequiredService<ITicketStore>(),
                sp.GetRequiredService<FulfilmentRecords>(), clock, sp.GetRequiredService<IOptions<FulfilmentOptions>>(),
                sp.GetRequiredService<ILogger<MembershipJobRunner>>()));
            services.AddSingleton(sp => new LeaverCheck(
                sp.GetRequiredService<IDirectoryLeavers>(), sp.GetRequiredService<IDialogStateStore>(), sp.GetRequiredService<ITicketStore>(),
                sp.GetRequiredService<AccessFulfilment>(), sp.GetRequiredService<IMembershipJobStore>(), clock,
                sp.GetRequiredService<ILogger<LeaverCheck>>()));
            services.AddSingleton(sp => ActivatorUtilities.CreateInstance<Dialogs.Flows.Fulfilment.Reviews.AccessReviewDecisions>(sp, clock));
            services.AddSingleton(sp => new Dialogs.Flows.Fulfilment.Reviews.AccessReviewRunner(
                sp.GetRequiredService<Dialogs.Flows.Fulfilment.Reviews.AccessReviewStore>(), sp.GetRequiredService<AccessCatalogue>(),
                sp.GetRequiredService<ITicketStore>(), sp.GetRequiredService<Dialogs.Flows.Fulfilment.Reviews.AccessReviewOwners>(),
                sp.GetRequiredService<Dialogs.Flows.Fulfilment.Reviews.AccessReviewCards>(),
                sp.GetRequiredService<Dialogs.Flows.Fulfilment.Reviews.AccessReviewDecisions>(), clock,
                sp.GetRequiredService<IOptions<FulfilmentOptions>>(), sp.GetRequiredService<ILogger<Dialogs.Flows.Fulfilment.Reviews.AccessReviewRunner>>()));
            services.AddServiceDeskRecords();
            services.AddSingleton(Catalogue());
            services.AddSingleton(queue.Object);
            services.AddSingleton(notifier.Object);
            services.AddFulfilment();
        });
        return new FulfilmentHarness(graph, clock);
    }

    /// <summary>
    /// The catalogue: "crm" fulfils itself through <see cref="People.Group"/> and is reviewed every 90 days, "wiki" names
    /// the group but did not opt in.
    /// </summary>
    public static AccessCatalogue Catalogue() => AccessCatalogue.From(new AccessCatalogueOptions
    {
        Resources =
        [
            Resource("crm", "CRM", "CRM", autoFulfil: true),
            Resource("wiki", "Wiki", "Wiki", autoFulfil: false),
        ],
    });

    /// <summary>A request by Jean (French) for <paramref name="resource"/>, approved, and its grant job as the approval stores it.</summary>
    public async Task<Ticket> ApprovedAsync(
        string resource = "crm", DateOnly? end = null, IReadOnlyList<TicketPerson>? approvers = null, TicketPerson? who = null)
    {
        var requester = who ?? new TicketPerson(Employee, People.Jean, "Jean");
        await Host.Provider.GetRequiredService<IUserProfileStore>().SaveAsync(
            new UserProfile(requester.Id, requester.AadObjectId, requester.Name, "fr-FR", null, T0, TestTickets.AgentsChannel with
            {
                ConversationId = $"a:{requester.Id}-1on1", Kind = Dialogs.Turns.ConversationKind.Personal,
            }), CancellationToken.None);
        var template = new Ticket
        {
            Number = default, Version = 0, Status = TicketStatus.AwaitingApproval, Title = "Access: CRM", Description = "For the audit.",
            Category = resource, Impact = Impact.Low, Urgency = Urgency.Low, Priority = Priority.P4, Requester = requester,
            CreatedAt = T0, UpdatedAt = T0,
            Access = new AccessRequestDetails(resource, "member", "For the audit.", end, ["29:manager"], Approvers: approvers),
        };
        var created = await Tickets.CreateAsync(
            new TicketDraft(TicketKind.Request, template, new TicketEvent(T0, requester, TicketEventKind.Created, [])), null, CancellationToken.None);
        await Host.Provider.GetRequiredService<AccessFulfilment>().BeforeApprovalAsync(created, CancellationToken.None);
        var manager = new TicketPerson("29:manager", null, "Manager");
        var approved = await Tickets.UpdateAsync(
            created with { Status = TicketStatus.Approved, Access = created.Access! with { DecidedBy = manager.Id, DecidedAt = T0 } },
            new TicketEvent(T0, manager, TicketEventKind.Approved, [new("status", "AwaitingApproval", "Approved")]), null, CancellationToken.None);
        // The approval started the request's thread in the agents' queue.
        return (await Tickets.RecordCardAsync(approved.Ticket!.Number, TicketCardSlot.QueueThread,
            new PostedCard("19:queue@thread.tacv2;messageid=1", "1"), CancellationToken.None))!;
    }

    /// <summary>The worker's pass now; then the request as stored.</summary>
    public async Task<Ticket> RunAsync(Ticket ticket)
    {
        await Runner.RunOnceAsync(Clock.GetUtcNow(), CancellationToken.None);
        return (await Tickets.GetAsync(ticket.Number, CancellationToken.None))!;
    }

    /// <summary>The text of the outbox record of the stored request's version with that purpose, or null.</summary>
    public async Task<string?> SentAsync(Ticket stored, string purpose) =>
        (await Outbox.GetAsync($"{stored.Number}/v{stored.Version}/{purpose}", CancellationToken.None))?.Draft.Payload;

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private static AccessResourceOptions Resource(string id, string en, string fr, bool autoFulfil) => new()
    {
        Id = id,
        Kind = AccessResourceKind.Group,
        Name = new LocalizedTextOptions { En = en, Fr = fr },
        Description = new LocalizedTextOptions { En = $"What {en} is for.", Fr = $"À quoi sert {fr}." },
        Levels = ["member"],
        Approver = AccessApproverRule.Manager,
        GroupId = People.Group,
        AutoFulfil = autoFulfil,
        ReviewEveryDays = autoFulfil ? 90 : 0,
    };
}
