using Moq;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>
/// What an open form still got wrong (2026-12-07 evening): giving up said as a wish denied or a giving-up phrase is a
/// cancel, while a description that denies a wish about a thing stays an answer; help asked inside a form is answered
/// and the step comes back; thanks after an article answered aside end the form unfiled (kept to resume); a cancel
/// clause followed by another request reads that request alone; an option step offers its options as numbered buttons
/// from its first refusal, in every form.
/// </summary>
public sealed class ConversationLeftoversTests
{
    private readonly RouterHarness _harness = new RouterHarness().WithIncidentFlow();

    [Theory]
    [InlineData("I really don't want to carry on with this")]
    [InlineData("honestly i dont wanna do this any more")]
    [InlineData("stop, i no longer want to fill this in")]
    [InlineData("i don't have time for this")]
    [InlineData("ugh bin it")]
    [InlineData("forget all of it")]
    [InlineData("screw it, not worth the hassle")]
    [InlineData("ok stop, honestly i really don't want to go on with this form anymore")]
    [InlineData("j'ai plus envie de remplir ce formulaire")]
    [InlineData("je veux plus continuer")]
    [InlineData("franchement j'ai pas le temps pour ça")]
    [InlineData("bon on s'arrête là")]
    [InlineData("je lâche l'affaire")]
    [InlineData("laisse, c'est pas grave")]
    public void GivingUp_InEitherLanguage_IsACancel(string text) =>
        Assert.Equal(Interrupt.Cancel, Interrupts.Recognise(text));

    [Theory]
    [InlineData("I don't want the old one back")]
    [InlineData("i dont want it to restart during my meetings")]
    [InlineData("I don't need admin rights, just read access")]
    [InlineData("i dont want to lose the files on the desktop")]
    [InlineData("je ne veux plus de ce grésillement")]
    [InlineData("je veux pas perdre mes fichiers")]
    [InlineData("pas envie que ça recommence demain")]
    public void AWishDeniedAboutAThing_IsNoCancel(string text) =>
        Assert.Equal(Interrupt.None, Interrupts.Recognise(text));

    [Theory]
    [InlineData("en-US", "i dont wanna do this anymore", "Cancelled: nothing was saved.")]
    [InlineData("fr-FR", "bon j'ai plus envie, on arrête", "C'est annulé")]
    public async Task GivingUp_AtAFreeTextStep_CancelsTheForm(string locale, string words, string cancelled)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(("type: report an incident", ""), ("type: printing", ""), ("type: " + words, cancelled));

        Assert.Null(_harness.Store.Peek("a:personal", "29:jean"));
        Assert.Empty(_harness.Tickets.All);
    }

    [Fact]
    public async Task AWishDeniedAboutAThing_IsTheDescription()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("type: report an incident", ""),
            ("type: 1", ""),
            ("type: Replacement dock flickers", "Describe what happens"),
            ("type: I don't want the old one back", "Who is affected?"));

        Assert.Equal("incident", _harness.Store.Peek("a:personal", "29:jean")?.DialogName);
    }

    [Theory]
    [InlineData("en-US", "what can you do?", "I can report an incident", "Now, back to your incident report:", "What is it about?")]
    [InlineData("en-US", "help", "I can report an incident", "Now, back to your incident report:", "What is it about?")]
    [InlineData("fr-FR", "tu sais faire quoi ?", "Je peux signaler un incident", "Revenons à votre signalement d'incident :", "De quoi s'agit-il ?")]
    [InlineData("fr-FR", "aide", "Je peux signaler un incident", "Revenons à votre signalement d'incident :", "De quoi s'agit-il ?")]
    public async Task HelpInsideAForm_IsAnswered_ThenTheStepComesBack(string locale, string asked, string answer, string back, string step)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(("type: report an incident", step), ("type: " + asked, answer));

        var shown = ConversationScript.Text(script.LastResult!);
        Assert.True(shown.IndexOf(answer, StringComparison.Ordinal) < shown.IndexOf(back, StringComparison.Ordinal), "the answer first, then the step");
        Assert.Contains(step, shown[shown.IndexOf(back, StringComparison.Ordinal)..], StringComparison.Ordinal);

        // The next message answers the step that came back.
        await script.PlayAsync(("type: " + (locale == "en-US" ? "printing" : "impression"), locale == "en-US" ? "In a few words" : "En quelques mots"));
    }

    [Theory]
    [InlineData("en-US", "how do I change my password?", "thanks, that worked", "Glad that helped! I've put your incident report aside: nothing was filed.", "resume", "In a few words")]
    [InlineData("fr-FR", "comment changer mon mot de passe ?", "merci ça marche", "Tant mieux si ça a aidé ! J'ai mis de côté votre signalement d'incident : rien n'a été envoyé.", "reprendre", "En quelques mots")]
    [InlineData("fr-FR", "comment changer mon mot de passe ?", "c'est bon c'est réglé", "Tant mieux si ça a aidé !", "reprendre", "En quelques mots")]
    public async Task ThanksAfterAnArticleAnsweredAside_EndTheFormUnfiled_KeptToResume(string locale, string question, string thanks, string said, string resume, string step)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(
            ("type: report an incident", ""),
            ("type: printing", step),
            ("type: " + question, step),
            ("type: " + thanks, said));

        Assert.Empty(_harness.Tickets.All);
        Assert.Single(_harness.Deflections.Recorded, d => d.Helpful);
        Assert.Equal(ServiceDesk.Dialogs.Conversation.ActiveDialog.NoDialog, _harness.Store.Peek("a:personal", "29:jean")?.DialogName);

        // Nothing is lost on that reading: the draft comes back at its step.
        await script.PlayAsync(("type: " + resume, step));
    }

    [Fact]
    public async Task ThanksWithNoArticleAnsweredAside_IsNoFeedback()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(("type: report an incident", ""), ("type: printing", "In a few words"), ("type: thanks, that worked", "Describe what happens"));

        Assert.DoesNotContain("Glad that helped", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
        Assert.Equal("incident", _harness.Store.Peek("a:personal", "29:jean")?.DialogName);
    }

    [Theory]
    [InlineData("actually forget the incident, can I order a new mouse for my desk instead")]
    [InlineData("forget the ticket, I need a new charger for my laptop")]
    [InlineData("oublie l'incident, il me faudrait plutôt une nouvelle souris")]
    public async Task ACancelClauseThenAnotherRequest_ReadsThatRequestAlone(string words)
    {
        var hardware = new ProbeDialog("hardware");
        _harness.Dialogs.Add(hardware);
        var script = new ConversationScript(_harness, words.StartsWith("oublie", StringComparison.Ordinal) ? "fr-FR" : "en-US");
        await script.PlayAsync(("type: report an incident", ""), ("type: printing", ""), ("type: " + words, ""));

        Assert.Equal("hardware", _harness.Store.Peek("a:personal", "29:jean")?.DialogName);
        Assert.DoesNotContain("incident", Interrupts.AfterCancel(words)!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("never mind, my mouse works again")]
    [InlineData("forget it, the printer is back")]
    public async Task ACancelClauseThenNoRequest_StillCancels(string words)
    {
        _harness.Dialogs.Add(new ProbeDialog("hardware"));
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(("type: report an incident", ""), ("type: " + words, "Cancelled: nothing was saved."));
    }

    [Fact]
    public async Task TheCategoryStep_RefusedOnce_OffersEveryCategoryAsANumberedButton()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(("type: report an incident", "What is it about?"));
        Assert.Empty(Buttons(script.LastCard!, "category"));

        await script.PlayAsync(("type: qwertz", "Or click one:"));
        var buttons = Buttons(script.LastCard!, "category");
        Assert.Equal(TestCatalogue.Options.Categories.Select(c => c.Id), buttons.Select(b => b.Data!["category"]!.GetValue<string>()));
        Assert.Equal("1. Workstation", buttons[0].Title);
        Assert.All(buttons.Select((b, n) => (b, n)), x => Assert.StartsWith($"{x.n + 1}. ", x.b.Title, StringComparison.Ordinal));

        await script.PlayAsync(("press: incident.answer {\"category\":\"printing\"}", "In a few words"));
    }

    [Theory]
    [InlineData("impact")]
    [InlineData("urgency")]
    public async Task TheImpactAndUrgencySteps_RefusedOnce_OfferTheirOptionsAsNumberedButtons(string field)
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(("type: report an incident", ""), ("type: 1", ""), ("type: Laptop will not start", ""), ("type: The power light stays off.", ""));
        if (field == "urgency")
        {
            await script.PlayAsync(("type: only me", "Step 5 of 5"));
        }

        await script.PlayAsync(("type: zzz", "Please pick one of the options"));
        var buttons = Buttons(script.LastCard!, field);
        Assert.Equal(3, buttons.Count);
        Assert.Equal(["1. ", "2. ", "3. "], buttons.Select(b => b.Title![..3]));
    }

    [Fact]
    public async Task TheLevelStep_RefusedOnce_OffersEveryLevelAsANumberedButton()
    {
        var access = new Flows.RequestAccess.AccessHarness();
        await access.TypeAsync("en-US", "I need access to the CRM");
        var refused = await access.TypeAsync("en-US", "purple banana");

        var card = RouterHarness.LastCard(refused);
        var buttons = Buttons(card, "level");
        Assert.Equal(["read", "contribute", "admin"], buttons.Select(b => b.Data!["level"]!.GetValue<string>()));
        Assert.Equal(["1. ", "2. ", "3. "], buttons.Select(b => b.Title![..3]));

        var clicked = await access.PressAsync("en-US", "access.answer", new { level = "read" });
        Assert.Contains("Why do you need", ConversationScript.Text(clicked), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("software")]
    [InlineData("hardware")]
    public async Task TheItemStep_RefusedOnce_OffersEveryItemAsANumberedButton(string part)
    {
        var access = new Flows.RequestAccess.AccessHarness();
        var menu = part == "software" ? MenuVerbs.RequestSoftware : MenuVerbs.RequestHardware;
        await access.SendAsync(access.Turn(Flows.RequestAccess.AccessHarness.Jean, "en-US", null,
            new ServiceDesk.Dialogs.Turns.CardAction(menu, System.Text.Json.JsonSerializer.SerializeToElement(new { verb = menu }), true)));
        var refused = await access.TypeAsync("en-US", "a purple unicorn");

        var buttons = Buttons(RouterHarness.LastCard(refused), "resource");
        Assert.NotEmpty(buttons);
        Assert.All(buttons.Select((b, n) => (b, n)), x => Assert.StartsWith($"{x.n + 1}. ", x.b.Title, StringComparison.Ordinal));
        Assert.All(buttons, b => Assert.StartsWith(part + ".", b.Verb, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("could I get another charger for the office", "en-US", Intent.RequestHardware)]
    [InlineData("I'd like another keyboard for home", "en-US", Intent.RequestHardware)]
    [InlineData("il me faudrait un autre chargeur", "fr-FR", Intent.RequestHardware)]
    [InlineData("je voudrais une nouvelle souris sans fil", "fr-FR", Intent.RequestHardware)]
    [InlineData("my headphones crackle on every call", "en-US", Intent.ReportIncident)]
    [InlineData("the webcam picture is choppy in meetings", "en-US", Intent.ReportIncident)]
    [InlineData("mon casque bourdonne pendant les réunions", "fr-FR", Intent.ReportIncident)]
    [InlineData("my new mouse stopped working", "en-US", Intent.ReportIncident)]
    public void EquipmentWishedFor_IsARequest_AndADeviceWithASymptom_IsAFault(string text, string locale, Intent expected) =>
        Assert.Equal(expected, KeywordIntentRecognizer.Recognize(text, locale).Intent);

    [Fact]
    public async Task TheRefusedStepCards_WithTheirButtons_RenderWithoutWarnings_AndFitTeamsBudget()
    {
        var incident = new ConversationScript(_harness, "fr-FR");
        await incident.PlayAsync(("type: signaler un incident", ""), ("type: qwertz", "Ou cliquez sur l'une d'elles :"));
        var access = new Flows.RequestAccess.AccessHarness();
        await access.TypeAsync("en-US", "I need access to the CRM");
        var level = RouterHarness.LastCard(await access.TypeAsync("en-US", "purple banana"));
        var software = new Flows.RequestAccess.AccessHarness();
        await software.SendAsync(software.Turn(Flows.RequestAccess.AccessHarness.Jean, "fr-FR", null,
            new ServiceDesk.Dialogs.Turns.CardAction(MenuVerbs.RequestSoftware, System.Text.Json.JsonSerializer.SerializeToElement(new { verb = MenuVerbs.RequestSoftware }), true)));
        var item = RouterHarness.LastCard(await software.TypeAsync("fr-FR", "une licorne violette"));

        AdaptiveCard[] cards = [incident.LastCard!, level, item];
        Assert.All(cards, c => Assert.NotEmpty(RouterHarness.Flatten(c.Body).OfType<ActionSet>()));
        var reports = await ServiceDesk.TestKit.CardRenderer.RenderAsync(cards);
        Assert.All(reports, r =>
        {
            Assert.Null(r.Error);
            Assert.Empty(r.AllEvents);
        });
        Assert.All(cards, c => Assert.True(CardJson.FitsBudget(c)));
    }

    /// <summary>The buttons, on the card or in its body, that answer <paramref name="field"/> with a value.</summary>
    private static List<ExecuteAction> Buttons(AdaptiveCard card, string field) =>
        [.. (card.Actions ?? []).Concat(RouterHarness.Flatten(card.Body).OfType<ActionSet>().SelectMany(s => s.Actions))
            .OfType<ExecuteAction>().Where(a => a.Data?[field] is not null)];
}
