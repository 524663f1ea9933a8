using System.Text.Json.Nodes;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using static ServiceDesk.Dialogs.Flows.RequestAccess.AccessRequestCards;

namespace ServiceDesk.Dialogs.Tests.Flows.RequestAccess;

/// <summary>Conversation scripts of flow 2 through the real router: what Jean does → what the bot answers.</summary>
public sealed class AccessRequestFlowTests
{
    private const string Justification = "I join the sales team on Monday and will follow up customer accounts.";
    private readonly AccessHarness _h = new();

    [Fact]
    public async Task Script_English_TypedAnswers_WithValidationErrors()
    {
        await Expect(_h.StartAsync("en-US"), "invoke card: Which resource do you need access to? Pick it in the list or type its name.");
        await Expect(_h.TypeAsync("en-US", "the coffee machine"),
            "card: Which resource do you need access to? Pick it in the list or type its name. | error: I can't find \"the coffee machine\" in the catalogue. Pick a resource in the list or type another name.");
        await Expect(_h.TypeAsync("en-US", "I need the CRM"), "text: I understood: CRM (Dynamics 365 Sales) (Application).", "card: Which access level do you need for CRM (Dynamics 365 Sales)?");
        await Expect(_h.TypeAsync("en-US", "superuser"),
            "card: Which access level do you need for CRM (Dynamics 365 Sales)? | error: CRM (Dynamics 365 Sales) has no such level. Choose one of: Read, Contribute, Administer.");
        await Expect(_h.TypeAsync("en-US", "contrib"), "card: Why do you need this access? Say what you will use it for (20 to 1000 characters).");
        await Expect(_h.TypeAsync("en-US", "for work"),
            "card: Why do you need this access? Say what you will use it for (20 to 1000 characters). | error: Please explain a little more: at least 20 characters (you wrote 8).");
        await Expect(_h.TypeAsync("en-US", Justification), "card: Is this access temporary? Choose the date it should end, or leave it empty for permanent access.");
        await Expect(_h.TypeAsync("en-US", "2020-01-01"),
            "card: Is this access temporary? Choose the date it should end, or leave it empty for permanent access. | error: The end date must be in the future.");
        await Expect(_h.TypeAsync("en-US", "2028-06-01"),
            "card: Is this access temporary? Choose the date it should end, or leave it empty for permanent access. | error: Temporary access lasts at most 365 days, so until Monday, November 22, 2027 at the latest.");
        await Expect(_h.TypeAsync("en-US", "3/31/2027"), "card: Check your request");
        await Expect(_h.TypeAsync("en-US", "maybe"), "card: Please type yes to send the request, or cancel to stop.");
        await Expect(_h.TypeAsync("en-US", "Yes"),
            "card: Your request REQ-000001 is sent to Marie Martin for approval. I'll tell you here as soon as they decide; once it is approved, the service desk grants the access.");

        var ticket = Assert.Single(_h.Tickets.All);
        Assert.Equal((TicketStatus.AwaitingApproval, TicketKind.Request, "crm"), (ticket.Status, ticket.Kind, ticket.Category));
        var access = ticket.Access!;
        Assert.Equal(("crm", "contribute", Justification, (DateOnly?)new DateOnly(2027, 3, 31)), (access.ResourceId, access.Level, access.Justification, access.EndDate));
        Assert.Equal(["29:marie", "aad-marie"], access.ApproverIds);
        Assert.Equal([new TicketPerson("29:marie", "aad-marie", "Marie Martin")], access.Approvers!);
        Assert.Equal("Access request: CRM (Dynamics 365 Sales) (Contribute)", ticket.Title);
        Assert.Null(await _h.DialogState.GetAsync("a:jean", "29:jean", default));
    }

    [Fact]
    public async Task Script_French_CardAnswers_LicenceSkipsTheLevel()
    {
        await Expect(_h.StartAsync("fr-FR"), "invoke card: À quelle ressource avez-vous besoin d'accéder ? Choisissez-la dans la liste ou tapez son nom.");
        await Expect(_h.PressAsync("fr-FR", AnswerVerb, new { resource = "inconnu" }),
            "invoke card: À quelle ressource avez-vous besoin d'accéder ? Choisissez-la dans la liste ou tapez son nom. | error: Je ne trouve pas « inconnu » dans le catalogue. Choisissez une ressource dans la liste ou tapez un autre nom.");
        await Expect(_h.PressAsync("fr-FR", AnswerVerb, new { resource = "acrobat-pro" }),
            "invoke card: Pourquoi avez-vous besoin de cet accès ? Dites à quoi il vous servira (de 20 à 1000 caractères).");
        await Expect(_h.PressAsync("fr-FR", AnswerVerb, new { justification = "court" }),
            "invoke card: Pourquoi avez-vous besoin de cet accès ? Dites à quoi il vous servira (de 20 à 1000 caractères). | error: Merci d'en dire un peu plus : au moins 20 caractères (vous en avez écrit 5).");
        await Expect(_h.PressAsync("fr-FR", AnswerVerb, new { justification = "Je dois signer les contrats fournisseurs en PDF." }),
            "invoke card: Cet accès est-il temporaire ? Choisissez la date à laquelle il doit prendre fin, ou laissez vide pour un accès permanent.");
        await Expect(_h.PressAsync("fr-FR", AnswerVerb, new { endDate = "2026-11-21" }),
            "invoke card: Cet accès est-il temporaire ? Choisissez la date à laquelle il doit prendre fin, ou laissez vide pour un accès permanent. | error: La date de fin doit être dans le futur.");
        await Expect(_h.PressAsync("fr-FR", AnswerVerb, new { endDate = "" }), "invoke card: Vérifiez votre demande");
        await Expect(_h.PressAsync("fr-FR", SendVerb),
            "invoke card: Votre demande REQ-000001 est envoyée à Marie Martin pour approbation. Je vous préviens ici dès qu'une décision est prise ; une fois la demande approuvée, le support informatique vous donne l'accès.");

        var ticket = Assert.Single(_h.Tickets.All);
        Assert.Equal(("acrobat-pro", "assigned", (DateOnly?)null), (ticket.Access!.ResourceId, ticket.Access.Level, ticket.Access.EndDate));
        Assert.Equal("Demande d'accès : Licence Adobe Acrobat Pro (Licence attribuée)", ticket.Title);
    }

    [Fact]
    public async Task Script_French_TypedAnswers_AmbiguousNameThenNumber()
    {
        await _h.StartAsync("fr-FR");
        await Expect(_h.TypeAsync("fr-FR", "finance"), "card: Vouliez-vous dire l'une de ces ressources ? (vous avez écrit « finance »)");
        Assert.Equal(["1. SAP Finance", "2. Groupe Teams Finance", "Aucune de celles-ci"], _h.LastCard!.Actions!.Select(a => a.Title));
        await Expect(_h.TypeAsync("fr-FR", "2"), "card: De quel niveau d'accès avez-vous besoin pour Groupe Teams Finance ?");
        await Expect(_h.TypeAsync("fr-FR", "membre"), "card: Pourquoi avez-vous besoin de cet accès ? Dites à quoi il vous servira (de 20 à 1000 caractères).");
        await Expect(_h.TypeAsync("fr-FR", new string('x', 1001)),
            "card: Pourquoi avez-vous besoin de cet accès ? Dites à quoi il vous servira (de 20 à 1000 caractères). | error: Merci de rester sous 1000 caractères pour la justification (vous en avez écrit 1001).");
        await Expect(_h.TypeAsync("fr-FR", "Je rejoins l'équipe Finance pour la clôture annuelle."), "card: Cet accès est-il temporaire ? Choisissez la date à laquelle il doit prendre fin, ou laissez vide pour un accès permanent.");
        await Expect(_h.TypeAsync("fr-FR", "demain peut-être"),
            "card: Cet accès est-il temporaire ? Choisissez la date à laquelle il doit prendre fin, ou laissez vide pour un accès permanent. | error: Je ne comprends pas cette date. Écrivez-la comme 2026-12-22, ou aucune pour un accès permanent.");
        await Expect(_h.TypeAsync("fr-FR", "31/01/2027"), "card: Vérifiez votre demande");
        await Expect(_h.TypeAsync("fr-FR", "oui"), "card: Votre demande REQ-000001 est envoyée à Marie Martin pour approbation. Je vous préviens ici dès qu'une décision est prise ; une fois la demande approuvée, le support informatique vous donne l'accès.");

        Assert.Equal(("finance-team", "member", new DateOnly(2027, 1, 31)), (_h.Tickets.All[0].Access!.ResourceId, _h.Tickets.All[0].Access!.Level, _h.Tickets.All[0].Access!.EndDate));
    }

    [Fact]
    public async Task Send_ApproverNeverTalkedToTheBot_OutboxCreatesTheirChatWithTheApprovalCard()
    {
        await CompleteUpToSummaryAsync("en-US");
        await _h.PressAsync("en-US", SendVerb);

        var draft = Assert.Single(_h.Tickets.Outbox);
        Assert.Equal((OutboxKind.CreatePersonalConversation, "29:marie", "REQ-000001/v1/approval/29:marie"), (draft.Kind, draft.RecipientUserId, draft.IdempotencyKey));
        Assert.Equal(("https://smba.example/teams/", "tenant-1", "28:bot", string.Empty), (draft.Target.ServiceUrl, draft.Target.TenantId, draft.Target.BotId, draft.Target.ConversationId));
        var card = OutboxMessage.Card(draft.Payload)!;
        var text = CardInspection.AllText(card);
        Assert.Contains("Jean Dupont asks for access. You are the approver: approve or reject the request below.", text, StringComparison.Ordinal);
        Assert.Contains("Level: Contribute", text, StringComparison.Ordinal);
        Assert.Contains(Justification, text, StringComparison.Ordinal);
        Assert.Equal([ApprovalVerbs.Approve, ApprovalVerbs.Reject], CardInspection.Buttons(card).Select(b => b.Verb));
        Assert.All(CardInspection.Buttons(card), b => Assert.Equal(("REQ-000001", 1L), ((string)b.Data["ticket"]!, (long)b.Data["version"]!)));
    }

    [Fact]
    public async Task Send_ApproverKnown_CardGoesToTheirChatInTheirLanguage()
    {
        await _h.Profiles.SaveAsync(new UserProfile("29:marie", "aad-marie", "Marie Martin", "fr-FR", "Europe/Paris", _h.Time.GetUtcNow(), ApprovalTestData.Chat("a:marie")), default);
        await CompleteUpToSummaryAsync("en-US");
        await _h.PressAsync("en-US", SendVerb);

        var draft = Assert.Single(_h.Tickets.Outbox);
        Assert.Equal((OutboxKind.Send, "a:marie"), (draft.Kind, draft.Target.ConversationId));
        Assert.Contains("Jean Dupont demande un accès.", CardInspection.AllText(OutboxMessage.Card(draft.Payload)!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_Twice_CreatesOneRequestAndOneApprovalCard()
    {
        await CompleteUpToSummaryAsync("en-US");
        var summary = _h.LastCard!;

        await _h.PressAsync("en-US", SendVerb);
        var second = await _h.SendAsync(_h.Turn(AccessHarness.Jean, "en-US", null, new CardAction(SendVerb, System.Text.Json.JsonSerializer.SerializeToElement(RouterHarness.DataOf(summary, SendVerb)), true)));

        Assert.Single(_h.Tickets.All);
        Assert.Single(_h.Tickets.Outbox);
        Assert.Contains("This card is out of date.", CardInspection.AllText(second.Invoke!.Card!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_OwnersRule_CardGoesToEachOwner_NotToTheManager()
    {
        _h.Directory.People.Add(new DirectoryPerson(TestAccessCatalogue.OwnerId, TestAccessCatalogue.OwnerAadId, "Sophie Owner"));
        await CompleteUpToSummaryAsync("en-US", "sap finance", "read");
        await _h.PressAsync("en-US", SendVerb);

        var ticket = Assert.Single(_h.Tickets.All);
        Assert.Equal([TestAccessCatalogue.OwnerId, TestAccessCatalogue.OwnerAadId], ticket.Access!.ApproverIds);
        Assert.Equal(["29:owner-sap"], _h.Tickets.Outbox.Select(d => d.RecipientUserId));
    }

    [Fact]
    public async Task Send_RequesterOwnsTheResource_TheirManagerApprovesInstead()
    {
        var owner = new Turns.Person(TestAccessCatalogue.OwnerId, TestAccessCatalogue.OwnerAadId, "Sophie Owner");
        _h.Directory.Managers[owner.Id] = new DirectoryPerson("29:boss", null, "Bea Boss");
        await _h.StartAsync("en-US", owner);
        await _h.TypeAsync("en-US", "SAP", owner);
        await _h.TypeAsync("en-US", "1", owner);
        await _h.TypeAsync("en-US", Justification, owner);
        await _h.TypeAsync("en-US", "none", owner);
        await Expect(_h.TypeAsync("en-US", "yes", owner), "card: Your request REQ-000001 is sent to Bea Boss for approval. I'll tell you here as soon as they decide; once it is approved, the service desk grants the access.");
    }

    [Fact]
    public async Task Send_DirectoryUnavailable_AsksToTryAgainAndCreatesNothing()
    {
        await CompleteUpToSummaryAsync("en-US");
        _h.Directory.Unavailable = true;

        await Expect(_h.PressAsync("en-US", SendVerb),
            "invoke card: I can't reach the directory to find your approver right now. Please try again in a few minutes.");
        Assert.Empty(_h.Tickets.All);
    }

    [Fact]
    public async Task Send_NobodyToApprove_SaysSoAndCreatesNothing()
    {
        _h.Directory.Managers.Clear();
        await CompleteUpToSummaryAsync("fr-FR");

        await Expect(_h.TypeAsync("fr-FR", "oui"),
            "text: Je ne trouve personne pour approuver cette demande. Tapez parler à quelqu'un et une personne du support informatique vous aidera.");
        Assert.Empty(_h.Tickets.All);
    }

    [Fact]
    public async Task Approval_EndToEnd_ApproverApproves_RequesterToldInFrench()
    {
        await _h.Profiles.SaveAsync(new UserProfile("29:jean", "aad-jean", "Jean Dupont", "fr-FR", "Europe/Paris", _h.Time.GetUtcNow(), ApprovalTestData.Chat("a:jean")), default);
        await CompleteUpToSummaryAsync("fr-FR");
        await _h.PressAsync("fr-FR", SendVerb);
        var approvalCard = OutboxMessage.Card(Assert.Single(_h.Tickets.Outbox).Payload)!;

        var data = RouterHarness.DataOf(approvalCard, ApprovalVerbs.Approve);
        var answer = await _h.SendAsync(_h.Turn(AccessHarness.Marie, "en-US", null, new CardAction(ApprovalVerbs.Approve, System.Text.Json.JsonSerializer.SerializeToElement(data), true)));

        Assert.Contains("Approved by Marie Martin", CardInspection.AllText(answer.Invoke!.Card!), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Approved, _h.Tickets.All[0].Status);
        var note = _h.Tickets.Outbox[^1];
        Assert.Equal(("REQ-000001/v2/requester", "a:jean"), (note.IdempotencyKey, note.Target.ConversationId));
        Assert.StartsWith("Bonne nouvelle : votre demande d'accès REQ-000001", (string?)JsonNode.Parse(note.Payload)!["text"], StringComparison.Ordinal);
    }

    private async Task CompleteUpToSummaryAsync(string locale, string resource = "crm", string level = "2")
    {
        await _h.StartAsync(locale);
        await _h.TypeAsync(locale, resource);
        await _h.TypeAsync(locale, level);
        await _h.TypeAsync(locale, Justification);
        await _h.TypeAsync(locale, locale.StartsWith("fr", StringComparison.Ordinal) ? "aucune" : "none");
        Assert.Contains(_h.LastCard!.Actions!.OfType<Cards.ExecuteAction>(), a => a.Verb == SendVerb);
    }

    private static async Task Expect(Task<TurnResult> turn, params string[] expected)
    {
        var described = RouterHarness.Describe(await turn);
        Assert.True(expected.SequenceEqual(described), $"expected [{string.Join(" || ", expected)}]\n got [{string.Join(" || ", described)}]");
    }
}
