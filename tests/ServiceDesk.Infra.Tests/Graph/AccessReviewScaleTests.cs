using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using ServiceDesk.Dialogs.Flows.Fulfilment;
using ServiceDesk.Dialogs.Flows.Fulfilment.Reviews;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Infra.Tests.Records;
using static ServiceDesk.Infra.Tests.Graph.People;

namespace ServiceDesk.Infra.Tests.Graph;

/// <summary>A review of 10,000 holders: stored as pages, one card that pages through them, each page within the card budget (a bot message under Teams' size limit).</summary>
public sealed class AccessReviewScaleTests
{
    private const int Holders = 10_000;

    [Fact]
    public async Task TenThousandHolders_OneCardPerOwner_PagedUnderTheSizeLimit_AndTheLastPageDecidable()
    {
        await using var h = await FulfilmentHarness.StartAsync();
        h.Graph.Add(new FakeUser(Marie, "Marie Martin"));
        h.Graph.GroupOwners[Group] = [Marie];
        var tickets = Tickets();
        var sp = h.Host.Provider;
        var decisions = new AccessReviewDecisions(sp.GetRequiredService<AccessReviewStore>(), FulfilmentHarness.Catalogue(), tickets.Object,
            sp.GetRequiredService<AccessFulfilment>(), h.Jobs, sp.GetRequiredService<Dialogs.Agents.IAgentQueue>(), h.Clock);
        var runner = new AccessReviewRunner(sp.GetRequiredService<AccessReviewStore>(), FulfilmentHarness.Catalogue(), tickets.Object,
            sp.GetRequiredService<AccessReviewOwners>(), sp.GetRequiredService<AccessReviewCards>(), decisions, h.Clock,
            sp.GetRequiredService<IOptions<FulfilmentOptions>>(), NullLogger<AccessReviewRunner>.Instance);

        Assert.Equal(1, await runner.RunOnceAsync(default));

        var head = (await sp.GetRequiredService<AccessReviewStore>().HeadAsync("crm", default))!.Value;
        Assert.Equal((Holders, 1_000), (head.Holders, head.Pages));
        var card = (await h.Outbox.GetAsync($"access-review/crm/1/card/{Marie}", default))!.Draft.Payload;
        Assert.Contains("Page 1 of 1000", card, StringComparison.Ordinal);
        Assert.InRange(Encoding.UTF8.GetByteCount(card), 1, ServiceDesk.Cards.CardJson.BudgetBytes);

        var handler = new AccessReviewHandler(sp.GetRequiredService<AccessReviewStore>(), FulfilmentHarness.Catalogue(), decisions, h.Clock);
        var last = await handler.HandleAsync(Click(AccessReviewVerbs.Page, 1_000, null, h), default);
        var shown = JsonSerializer.Serialize(last.Invoke!.Card, ServiceDesk.Cards.CardJson.Options);
        Assert.Contains("Page 1000 of 1000", shown, StringComparison.Ordinal);
        Assert.Contains("REQ-010000", shown, StringComparison.Ordinal);
        Assert.InRange(Encoding.UTF8.GetByteCount(shown), 1, ServiceDesk.Cards.CardJson.BudgetBytes);

        await handler.HandleAsync(Click(AccessReviewVerbs.Remove, 1_000, "REQ-010000", h), default);
        Assert.Equal(MembershipChange.Review, (await h.Jobs.GetAsync("REQ-010000/review-1", default))!.Job.Change);
    }

    private static Turn Click(string verb, int page, string? ticket, FulfilmentHarness h) =>
        new(TurnKind.CardAction, "activity-1", new Person("29:marie", Marie, "Marie Martin"), TestTickets.AgentsChannel, "en-US", null, null,
            new CardAction(verb, JsonSerializer.SerializeToElement(AccessReviewVerbs.Data("crm", 1, page, ticket)), true), h.Clock.GetUtcNow());

    /// <summary>10,000 fulfilled CRM requests, each granted by the service desk, with long names (the worst case for the card's size).</summary>
    private static Mock<ITicketStore> Tickets()
    {
        var all = Enumerable.Range(1, Holders).Select(Ticket).ToList();
        var tickets = new Mock<ITicketStore>();
        tickets.Setup(t => t.ListByStatusAsync(It.IsAny<TicketStatus>(), It.IsAny<int>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((TicketStatus status, int size, string? continuation, CancellationToken _) =>
            {
                var from = continuation is null ? 0 : int.Parse(continuation, System.Globalization.CultureInfo.InvariantCulture);
                var page = status == TicketStatus.Fulfilled ? all.Skip(from).Take(size).ToList() : [];
                return new TicketPage(page, from + size < all.Count && page.Count > 0 ? (from + size).ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
            });
        tickets.Setup(t => t.GetHistoryAsync(It.IsAny<TicketNumber>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new TicketEvent(FulfilmentHarness.T0, FulfilmentRecords.Actor, TicketEventKind.Fulfilled, [])]);
        tickets.Setup(t => t.GetAsync(It.IsAny<TicketNumber>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((TicketNumber n, CancellationToken _) => all[(int)n.Sequence - 1]);
        return tickets;
    }

    private static Ticket Ticket(int i)
    {
        var requester = new TicketPerson($"29:person-{i}", Guid.NewGuid().ToString(), $"Maximilienne-Alexandrine de La Rochefoucauld-Montmorency {i}");
        return new Ticket
        {
            Number = new TicketNumber(TicketKind.Request, i), Version = 3, Status = TicketStatus.Fulfilled, Title = "Access: CRM", Description = "For the audit.",
            Category = "crm", Impact = Impact.Low, Urgency = Urgency.Low, Priority = Priority.P4, Requester = requester,
            CreatedAt = FulfilmentHarness.T0, UpdatedAt = FulfilmentHarness.T0, ResolvedAt = FulfilmentHarness.T0.AddMinutes(i),
            Access = new AccessRequestDetails("crm", "member", "For the audit.", null, ["29:manager"]),
        };
    }
}
