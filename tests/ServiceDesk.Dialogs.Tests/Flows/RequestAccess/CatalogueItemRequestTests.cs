using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tests.Agents;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using static ServiceDesk.Dialogs.Flows.RequestAccess.AccessRequestCards;

namespace ServiceDesk.Dialogs.Tests.Flows.RequestAccess;

/// <summary>
/// Software and hardware requests through the real router, from the employee's own words to the agents' fulfilment
/// card: the shipped catalogue's items, their approver rules (None, Manager, Owners) and fulfilment queues.
/// </summary>
public sealed class CatalogueItemRequestTests
{
    private const string Reason = "I draw the network diagrams of the new office.";
    private readonly AccessHarness _h = new() { Queue = new FakeAgentQueue() };

    [Fact]
    public async Task Software_WithManagerApproval_English_FromMessageToFulfilmentCard()
    {
        await Expect(_h.TypeAsync("en-US", "I need Visio installed"),
            "text: I understood: Microsoft Visio (installed) (Software).",
            "card: What do you need this software for? (20 to 1000 characters)");
        await Expect(_h.TypeAsync("en-US", Reason), "card: Check your request");
        var summary = CardInspection.AllText(_h.LastCard!);
        Assert.DoesNotContain("Level", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Until", summary, StringComparison.Ordinal);
        Assert.Equal(["Change software", "Change reason"], _h.LastCard!.Body.OfType<Cards.ActionSet>().Single().Actions.Select(a => a.Title));
        await Expect(_h.TypeAsync("en-US", "yes"),
            "card: Your request REQ-000001 is sent to Marie Martin for approval. I'll tell you here as soon as they decide; once it is approved, the service desk installs the software.");

        var ticket = Assert.Single(_h.Tickets.All);
        Assert.Equal((TicketStatus.AwaitingApproval, "visio-app", "", QueueCategories.SoftwareRequests), (ticket.Status, ticket.Access!.ResourceId, ticket.Access.Level, ticket.Access.Queue));
        Assert.Equal("Software installation: Microsoft Visio (installed)", ticket.Title);
        var approval = OutboxMessage.Card(Assert.Single(_h.Tickets.Outbox).Payload)!;
        var approvalText = CardInspection.AllText(approval);
        Assert.Contains("Jean Dupont asks for Microsoft Visio (installed).", approvalText, StringComparison.Ordinal);
        Assert.DoesNotContain("Level", approvalText, StringComparison.Ordinal);

        var data = RouterHarness.DataOf(approval, ApprovalVerbs.Approve);
        await _h.SendAsync(_h.Turn(AccessHarness.Marie, "en-US", null, new CardAction(ApprovalVerbs.Approve, JsonSerializer.SerializeToElement(data), true)));

        Assert.Equal(TicketStatus.Approved, _h.Tickets.All[0].Status);
        var told = _h.Tickets.Outbox.Single(d => d.IdempotencyKey == "REQ-000001/v2/requester");
        Assert.StartsWith("Good news: your request REQ-000001 for Microsoft Visio (installed) was approved by Marie Martin.", (string?)JsonNode.Parse(told.Payload)!["text"], StringComparison.Ordinal);
        var fulfilment = _h.Tickets.Outbox.Single(d => d.Purpose == QueueOutbox.NewThreadPurpose);
        var agentCard = CardInspection.AllText(OutboxMessage.Card(fulfilment.Payload)!);
        Assert.Contains("Microsoft Visio (installed)", agentCard, StringComparison.Ordinal);
        Assert.Contains(Reason, agentCard, StringComparison.Ordinal);
        Assert.DoesNotContain("Permanent", agentCard, StringComparison.Ordinal);
        Assert.DoesNotContain("Level", agentCard, StringComparison.Ordinal);
        Assert.Contains(QueueCategories.SoftwareRequests, ((FakeAgentQueue)_h.Queue).AskedCategories);
    }

    [Fact]
    public async Task Hardware_WithoutApproval_French_GoesStraightToTheHardwareQueue()
    {
        await Expect(_h.TypeAsync("fr-FR", "j'ai besoin d'un deuxième écran"),
            "text: J'ai compris : Deuxième écran (24\") (Matériel).",
            "card: Pour quoi faire en avez-vous besoin ? (20 à 1000 caractères)");
        await Expect(_h.TypeAsync("fr-FR", "Je travaille toute la journée sur deux tableurs côte à côte."), "card: Vérifiez votre demande");
        await Expect(_h.TypeAsync("fr-FR", "oui"),
            "card: Votre demande REQ-000001 n'a pas besoin d'approbation : le support informatique va préparer le matériel. Je vous préviens ici quand il est prêt.");

        var ticket = Assert.Single(_h.Tickets.All);
        Assert.Equal((TicketStatus.Approved, "second-monitor", QueueCategories.HardwareRequests), (ticket.Status, ticket.Access!.ResourceId, ticket.Access.Queue));
        Assert.Empty(ticket.Access.Approvers!);
        Assert.Equal("Matériel : Deuxième écran (24\")", ticket.Title);
        Assert.DoesNotContain(_h.Tickets.Outbox, d => d.Purpose == AccessOutbox.ApprovalCardPurpose);
        Assert.Single(_h.Tickets.Outbox, d => d.Purpose == QueueOutbox.NewThreadPurpose);
        Assert.Equal([QueueCategories.HardwareRequests], ((FakeAgentQueue)_h.Queue).AskedCategories.Distinct());
    }

    [Fact]
    public async Task Software_NamedApprover_AndAnUnclearName_AsksDidYouMean()
    {
        _h.Directory.People.Add(new DirectoryPerson("user-id-2", null, "Adele Vance"));
        await Expect(_h.TypeAsync("en-US", "please install some software for me"), "card: Which software do you need installed? Pick it in the list or type its name.");
        await Expect(_h.TypeAsync("en-US", "sap"), "text: I understood: SAP GUI (Software).", "card: What do you need this software for? (20 to 1000 characters)");
        await _h.TypeAsync("en-US", "I post the month-end journals in SAP for the finance team.");
        await Expect(_h.TypeAsync("en-US", "yes"),
            "card: Your request REQ-000001 is sent to Adele Vance for approval. I'll tell you here as soon as they decide; once it is approved, the service desk installs the software.");
        Assert.Equal(["user-id-2"], _h.Tickets.All[0].Access!.ApproverIds);
    }

    [Fact]
    public async Task Software_NotInTheCatalogue_ShowsTheSoftwareCatalogueOnly()
    {
        await _h.TypeAsync("en-US", "please install photoshop on my laptop");
        var text = CardInspection.AllText(_h.LastCard!);
        Assert.Contains("Visual Studio Code", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CRM", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Second monitor", text, StringComparison.Ordinal);
        Assert.Empty(_h.Tickets.All);
    }

    [Fact]
    public async Task Withdraw_APendingSoftwareRequest_WorksAsForAccess()
    {
        await _h.TypeAsync("en-US", "I need Visio installed");
        await _h.TypeAsync("en-US", Reason);
        await _h.TypeAsync("en-US", "yes");

        await _h.TypeAsync("en-US", "status REQ-000001");
        await _h.PressAsync("en-US", Dialogs.Flows.MyTickets.TicketVerbs.Cancel);

        var ticket = _h.Tickets.All[0];
        Assert.Equal((TicketStatus.Cancelled, true), (ticket.Status, ticket.Withdrawn));
    }

    [Fact]
    public async Task Hardware_ByCardClicks_EachClickReachesTheHardwareFlow()
    {
        await Expect(_h.TypeAsync("en-US", "I'd like to request some equipment"), "card: Which equipment do you need? Pick it in the list or type its name.");
        Assert.Equal(VerbFor(Dialogs.Catalogue.CataloguePart.Hardware, AnswerVerb), _h.LastCard!.Actions!.OfType<Cards.ExecuteAction>().First().Verb);
        await Expect(_h.PressAsync("en-US", VerbFor(Dialogs.Catalogue.CataloguePart.Hardware, AnswerVerb), new { resource = "headset" }),
            "invoke card: What do you need it for? (20 to 1000 characters)");
        await Expect(_h.PressAsync("en-US", VerbFor(Dialogs.Catalogue.CataloguePart.Hardware, AnswerVerb), new { justification = "I take customer calls all day from an open space." }),
            "invoke card: Check your request");
        await _h.PressAsync("en-US", VerbFor(Dialogs.Catalogue.CataloguePart.Hardware, SendVerb));

        Assert.Equal(("headset", TicketStatus.Approved), (_h.Tickets.All.Single().Access!.ResourceId, _h.Tickets.All.Single().Status));
    }

    private static async Task Expect(Task<TurnResult> turn, params string[] expected)
    {
        var described = RouterHarness.Describe(await turn);
        Assert.True(expected.SequenceEqual(described), $"expected [{string.Join(" || ", expected)}]\n got [{string.Join(" || ", described)}]");
    }
}
