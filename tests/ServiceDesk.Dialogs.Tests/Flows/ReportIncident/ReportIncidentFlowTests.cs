using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Flows.ReportIncident;

/// <summary>Flow 1 as conversation scripts, in English and in French, by text and by card, through the real router.</summary>
public sealed class ReportIncidentFlowTests
{
    private readonly RouterHarness _harness = new RouterHarness().WithIncidentFlow();

    [Fact]
    public async Task English_ByText_CreatesTheTicketWithPriorityFromTheMatrix()
    {
        await new ConversationScript(_harness, "en-US").PlayAsync(
            ("press: menu.reportIncident", "Step 1 of 5"),
            ("type: 3", "In a few words, what is wrong?"),
            ("type: Outlook closes on start", "Describe what happens"),
            ("type: Since this morning Outlook closes right after opening.", "Who is affected? [1. Just me / 2. A few colleagues / 3. A whole team or department, or more]"),
            ("type: just me", "How much of your work is blocked?"),
            ("type: all my work is blocked", "Priority: P3 – Moderate"),
            ("type: create", "Ticket INC-000001 created"));

        var ticket = Assert.Single(_harness.Tickets.All);
        Assert.Equal(("email", "Outlook closes on start", Impact.Low, Urgency.High, Priority.P3), (ticket.Category, ticket.Title, ticket.Impact, ticket.Urgency, ticket.Priority));
        Assert.Equal(_harness.Time.GetUtcNow().AddHours(4), ticket.Sla!.ResponseDue);
        Assert.Equal("tenant-1", ticket.TenantId); // only people of this tenant see or work it
    }

    [Fact]
    public async Task French_ByText_CreatesTheTicketAndShowsDueTimesInTheEmployeesZone()
    {
        await new ConversationScript(_harness, "fr-FR").PlayAsync(
            ("submit: menu.reportIncident", "Étape 1 sur 5"),
            ("type: Réseau et VPN", "En quelques mots, quel est le problème ?"),
            ("type: Le VPN se déconnecte", "Décrivez ce qui se passe"),
            ("type: Toutes les dix minutes, le VPN coupe.", "Qui est touché ?"),
            ("type: quelques collègues", "Quelle part de votre travail est bloquée ?"),
            ("type: en partie", "Se connecter au VPN"),
            ("type: créer", "Ticket INC-000001 créé"));

        var ticket = Assert.Single(_harness.Tickets.All);
        Assert.Equal(("network-vpn", Priority.P3), (ticket.Category, ticket.Priority));
    }

    [Fact]
    public async Task French_Confirmation_ShowsTheDueTimeInParisTimeAndFrench()
    {
        var script = new ConversationScript(_harness, "fr-FR");
        await script.PlayAsync(
            ("press: menu.reportIncident", "Étape 1 sur 5"),
            ("type: 8", "Étape 2 sur 5"),
            ("type: Mon écran clignote", "Étape 3 sur 5"),
            ("type: L'écran clignote depuis ce matin.", "Étape 4 sur 5"),
            ("type: 1", "Étape 5 sur 5"),
            ("type: 3", "Priorité : P3 – Moyenne".Replace(" : ", ": ", StringComparison.Ordinal)),
            // 09:00 UTC + 4 h = 13:00 UTC = 14:00 in Paris, Sunday 22 November 2026.
            ("type: oui", "Réponse attendue avant: dimanche 22 novembre 2026 14:00"));
    }

    [Fact]
    public async Task English_ByCard_EveryStepAnsweredFromTheForm()
    {
        await new ConversationScript(_harness, "en-GB").PlayAsync(
            ("press: menu.reportIncident", "Step 1 of 5"),
            ("press: incident.answer {\"category\": \"printing\"}", "Step 2 of 5"),
            ("press: incident.answer {\"title\": \"Printer on floor 2 jams\"}", "Step 3 of 5"),
            ("press: incident.answer {\"description\": \"Every print jams on tray 2.\"}", "Step 4 of 5"),
            ("press: incident.answer {\"impact\": \"many\"}", "Step 5 of 5"),
            ("press: incident.answer {\"urgency\": \"part\"}", "Priority: P2 – High"),
            ("press: incident.create", "Ticket INC-000001 created"));

        Assert.Equal(Priority.P2, Assert.Single(_harness.Tickets.All).Priority);
    }

    [Fact]
    public async Task OneSentence_PrefillsCategoryAndTitle_AndAsksOnlyForTheRest()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("type: my outlook crashes every morning since the update", "I've filled in what I understood from your message: Email"),
            ("type: just me", "How much of your work is blocked?"),
            ("type: it can wait", "Priority: P5 – Planned"),
            ("type: yes", "created"));

        var ticket = Assert.Single(_harness.Tickets.All);
        Assert.Equal("email", ticket.Category);
        Assert.Contains("outlook", ticket.Title, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("my outlook crashes every morning since the update", ticket.Description);
    }

    [Fact]
    public async Task OneSentenceInFrench_PrefillsTheCategory()
    {
        await new ConversationScript(_harness, "fr-FR").PlayAsync(
            ("type: mon vpn ne marche plus depuis ce matin", "J'ai repris ce que j'ai compris de votre message : Réseau et VPN"),
            ("type: moi", "Quelle part de votre travail est bloquée ?"),
            ("type: tout", "Priorité: P3 – Moyenne"),
            ("type: créer", "Ticket INC-000001 créé"));

        Assert.Equal("network-vpn", Assert.Single(_harness.Tickets.All).Category);
    }

    [Fact]
    public async Task ChoosingASuggestionThatHelped_EndsAsADeflection_WithoutATicket()
    {
        await new ConversationScript(_harness, "en-US").PlayAsync(
            ("submit: menu.reportIncident", "Step 1 of 5"),
            ("type: email", "Step 2 of 5"),
            ("type: Outlook closes", "Step 3 of 5"),
            ("type: Outlook closes when I open it.", "Step 4 of 5"),
            ("type: 1", "Step 5 of 5"),
            ("type: 1", "Before I create it, this may solve it:"),
            ("press: incident.solved", "Glad that solved it! I haven't created a ticket."));

        Assert.Empty(_harness.Tickets.All);
        var deflection = Assert.Single(_harness.Deflections.Recorded);
        Assert.Equal(("outlook-crash", "incident", "29:jean"), (deflection.ArticleId, deflection.Source, deflection.UserId));
    }

    [Fact]
    public async Task AnOldFrenchCard_ClickedFromAnEnglishClient_IsAnsweredInFrench()
    {
        var script = new ConversationScript(_harness, "fr-FR");
        await script.PlayAsync(
            ("press: menu.reportIncident", "Étape 1 sur 5"),
            ("type: 8", "Étape 2 sur 5"),
            ("type: Mon écran clignote", "Étape 3 sur 5"),
            ("type: L'écran clignote depuis ce matin.", "Étape 4 sur 5"),
            ("type: 1", "Étape 5 sur 5"),
            ("type: 3", "Priorité"));
        var review = script.LastCard!;
        await script.DoAsync("press: incident.create");

        var again = ConversationScript.Text(await new ConversationScript(_harness, "en-US").ReplayAsync(review, "incident.create"));

        Assert.Contains("Cette carte n'est plus à jour", again, StringComparison.Ordinal);
        Assert.DoesNotContain("out of date", again, StringComparison.Ordinal);
        Assert.Single(_harness.Tickets.All);
    }

    [Fact]
    public async Task TheSameCreateDeliveredTwice_CreatesOneTicket()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("press: menu.reportIncident", "Step 1 of 5"),
            ("type: 1", "Step 2"),
            ("type: Laptop will not start", "Step 3"),
            ("type: The power light stays off.", "Step 4"),
            ("type: 1", "Step 5"),
            ("type: 3", "Ready to create your ticket"));
        var review = script.LastCard!;

        var first = await script.DoAsync("press: incident.create");
        var again = await new ConversationScript(_harness, "en-US") { }.ReplayAsync(review, "incident.create");

        Assert.Contains("Ticket INC-000001 created", ConversationScript.Text(first), StringComparison.Ordinal);
        Assert.Contains("This card is out of date", ConversationScript.Text(again), StringComparison.Ordinal);
        Assert.Single(_harness.Tickets.All);
    }

    [Fact]
    public async Task MarkdownAndHtmlInTheTitle_AreShownLiterally()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("press: menu.reportIncident", "Step 1 of 5"),
            ("type: 2", "Step 2"),
            ("type: **SAP** <b>down</b> [link](http://x)", "Step 3"),
            ("type: 🙂 مرحبا — SAP shows an error.", "Step 4"),
            ("type: 1", "Step 5"),
            ("type: 1", "Title: \\*\\*SAP\\*\\* \\<b\\>down\\</b\\> \\[link\\](http://x)"),
            ("type: create", "Title: \\*\\*SAP\\*\\* \\<b\\>down\\</b\\>"));

        Assert.Equal("**SAP** <b>down</b> [link](http://x)", Assert.Single(_harness.Tickets.All).Title);
        Assert.Equal("🙂 مرحبا — SAP shows an error.", _harness.Tickets.All.Single().Description);
    }

    [Theory]
    [InlineData("en-US", "press: incident.answer {\"title\": \"ab\"}", "Please write at least 3 characters.")]
    [InlineData("en-US", "press: incident.answer {\"title\": 12}", "I can't read this answer. Please answer again.")]
    [InlineData("en-US", "press: incident.answer {\"other\": \"x\"}", "Please give an answer.")]
    [InlineData("fr-FR", "press: incident.answer {\"title\": \"ab\"}", "Merci d'écrire au moins 3 caractères.")]
    [InlineData("fr-FR", "press: incident.answer {\"title\": [\"a\"]}", "Je ne peux pas lire cette réponse. Merci de répondre à nouveau.")]
    public async Task BadCardFields_RepromptWithTheReasonNextToTheField(string locale, string does, string error)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(("press: menu.reportIncident", "1"), ("type: 1", "2"));

        var result = await script.DoAsync(does);

        var card = result.Invoke!.Card!;
        Assert.Contains(RouterHarness.Flatten(card.Body).OfType<Cards.CardInput>(), i => i.Id == "title" && i.ErrorMessage == error);
    }

    [Fact]
    public async Task TooLongTitle_IsRefusedWithTheLimit()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(("press: menu.reportIncident", "1"), ("type: 1", "2"));

        await script.PlayAsync(($"type: {new string('x', 201)}", "Please keep this under 200 characters (you wrote 201)."));
    }

    [Fact]
    public async Task TalkToAHuman_MidFlow_OffersTheCallBack_WhichFilesATicketForAPersonWithTheConversationSoFar()
    {
        await new ConversationScript(_harness, "fr-FR").PlayAsync(
            ("press: menu.reportIncident", "Étape 1 sur 5"),
            ("type: 3", "Étape 2 sur 5"),
            ("type: Outlook plante", "Étape 3 sur 5"),
            ("type: parler à quelqu'un", "Demander à être rappelé"),
            ("press: escalation.start", "J'ai demandé au support de revenir vers vous (ticket INC-000001)"));

        // Typed inside a form, the call-back is offered first and filed on the click; the form is kept at its step.
        var ticket = Assert.Single(_harness.Tickets.All);
        Assert.True(ticket.NeedsHuman);
        Assert.Contains("> Outlook plante", ticket.Description, StringComparison.Ordinal);
        Assert.Equal("incident", _harness.Store.Peek("a:personal", "29:jean")?.DialogName);
    }
}
