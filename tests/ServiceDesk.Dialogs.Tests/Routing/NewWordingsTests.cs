using Moq;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Flows.ReportIncident;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>
/// Wordings no list of phrases holds, understood by the kinds of their words: a cancel verb pointing only at the
/// request, a wish to talk to a person, a head count as impact, a ticket named at an option step, a how-to that names a
/// product; and an option step that refused twice offers its options as buttons.
/// </summary>
public sealed class NewWordingsTests
{
    [Theory]
    [InlineData("ugh scrap this entire form")]
    [InlineData("forget the whole request, not worth it")]
    [InlineData("annule tout ce formulaire")]
    [InlineData("oubliez cette demande")]
    public void ACancelVerb_PointingOnlyAtTheRequest_IsACancel(string text) =>
        Assert.Equal(Interrupt.Cancel, Interrupts.Recognise(text));

    [Theory]
    [InlineData("stop the printer from jamming")]
    [InlineData("forget my password every monday")]
    public void ACancelVerb_AboutTheProblem_IsNoInterrupt(string text) =>
        Assert.Equal(Interrupt.None, Interrupts.Recognise(text));

    [Theory]
    [InlineData("can i just speak with somebody real about this")]
    [InlineData("honestly i'd rather chat to a technician")]
    [InlineData("bon je préfère en discuter directement avec quelqu'un de chez vous")]
    [InlineData("je voudrais plutôt parler à un technicien svp")]
    public void AWishToTalkToAPerson_InAnyWording_IsHuman(string text) =>
        Assert.Equal(Interrupt.Human, Interrupts.Recognise(text));

    [Theory]
    [InlineData("i don't want to talk to someone, just fix it")]
    [InlineData("my colleague cant talk to someone on teams")]
    [InlineData("I need to talk to someone in finance about invoices but teams won't open when I click it")]
    public void TalkingAboutTalking_IsNoWishForAPerson(string text) =>
        Assert.NotEqual(Interrupt.Human, Interrupts.Recognise(text));

    [Theory]
    [InlineData("me plus two coworkers", Impact.Medium)]
    [InlineData("moi et trois collègues", Impact.Medium)]
    [InlineData("me and a couple of others", Impact.Medium)]
    [InlineData("about 50 people on the floor", Impact.High)]
    [InlineData("nous sommes une centaine de personnes", Impact.High)]
    public void ImpactSaidAsAHeadCount_IsRead(string typed, Impact expected) =>
        Assert.Equal(expected, IncidentChoices.ImpactOf(typed));

    [Theory]
    [InlineData("only me")]
    [InlineData("2")]
    [InlineData("just my laptop, 2 screens")]
    public void NoHeadCount_LeavesTheAnswerToTheOptions(string typed) =>
        Assert.Null(ImpactCount.Read(typed));

    [Theory]
    [InlineData("pas urgent du tout", Urgency.Low)]
    [InlineData("whenever really", Urgency.Low)]
    [InlineData("asap please", Urgency.High)]
    public void GradedUrgencyWords_AreUnderstood(string typed, Urgency expected) =>
        Assert.Equal(expected, IncidentChoices.UrgencyOf(typed));

    [Theory]
    [InlineData("how do I export a diagram from visio to pdf?", true)]
    [InlineData("quick q: is there a way to share a power bi report?", true)]
    [InlineData("le mfa, ça se fait comment ?", true)]
    [InlineData("mon mot de passe expire, je le change où ?", true)]
    [InlineData("how come outlook crashes every morning", false)]
    [InlineData("I need visio for the floor plans", false)]
    public void AHowTo_IsToldByItsShape(string text, bool expected) =>
        Assert.Equal(expected, HowToShape.AsksHow(text));

    [Fact]
    public void ARefusedAnswerThatNamesATicket_IsReadAsAFollowUp()
    {
        var read = TopicSwitch.FollowUpAfterRefusal("oh btw hows the ticket for my scanner going", new Recognition(Intent.ReportIncident, 0.4));
        Assert.Equal(Intent.TicketFollowUp, read?.Intent);
        Assert.Null(TopicSwitch.FollowUpAfterRefusal("purple", new Recognition(Intent.Question, 0)));
    }

    // Changed 2026-12-07 evening: the buttons come after ONE refusal (issue 10: no step refuses a paraphrase more than
    // once, and the one refusal already offers every option one click away); they used to come after two.
    [Fact]
    public async Task AnOptionStep_RefusedOnce_OffersItsOptionsAsButtons()
    {
        var harness = new RouterHarness().WithIncidentFlow();
        var script = new ConversationScript(harness, "en-US");
        await script.PlayAsync(("press: menu.reportIncident", "1"), ("type: 1", "2"), ("type: Laptop will not start", "3"), ("type: The power light stays off.", "4"));
        Assert.Empty(OptionButtons(script.LastCard!));

        await script.PlayAsync(("type: banana", "Please pick one of the options"));
        var buttons = OptionButtons(script.LastCard!);
        Assert.Equal(["me", "team", "many"], buttons.Select(b => b.Data!["impact"]!.GetValue<string>()));
        Assert.All(buttons, b => Assert.Matches(@"^\d\. ", b.Title));

        // One click on a button answers the step.
        await script.PlayAsync(("press: incident.answer {\"impact\":\"team\"}", "Step 5 of 5"));
    }

    [Theory]
    [InlineData("how would I find the serial number of this laptop")]
    [InlineData("and where can i find the list of printers")]
    public async Task AHowToTypedAtAnOptionStep_IsAnswered_WhateverTheRecogniserWeighs(string howTo)
    {
        // The recogniser reads every message as a weak incident: only the shape of the question tells it apart.
        var recognizer = new Mock<IIntentRecognizer>();
        recognizer.Setup(r => r.RecognizeAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Recognition(Intent.ReportIncident, 0.3));
        var harness = new RouterHarness { Recognizer = recognizer.Object }.WithIncidentFlow();
        var script = new ConversationScript(harness, "en-US");
        await script.PlayAsync(("press: menu.reportIncident", "1"), ("type: 1", "2"), ("type: Laptop will not start", "3"), ("type: The power light stays off.", "4"));

        await script.PlayAsync(("type: " + howTo, "Now, back to your incident report:"));
        Assert.DoesNotContain("Please pick one of the options", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHowToNamingAProduct_NeverStartsARequestForm()
    {
        var recognizer = new Mock<IIntentRecognizer>();
        recognizer.Setup(r => r.RecognizeAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Recognition(Intent.RequestAccess, 0.9));
        var access = new Flows.RequestAccess.AccessHarness { Recognizer = recognizer.Object };

        var shown = ConversationScript.Text(await access.TypeAsync("en-US", "how do I share a power bi report with a colleague?"));
        Assert.DoesNotContain("I understood", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Why do you need", shown, StringComparison.Ordinal);

        // Asked as a wish, the same product is a request.
        shown = ConversationScript.Text(await new Flows.RequestAccess.AccessHarness { Recognizer = recognizer.Object }.TypeAsync("en-US", "I need power bi pro for my dashboards"));
        Assert.Contains("I understood", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLevelStep_NeverRefusesTheSameUnclearAnswerTwice()
    {
        var access = new Flows.RequestAccess.AccessHarness();
        Assert.Contains("Read", ConversationScript.Text(await access.TypeAsync("en-US", "I need access to the CRM")), StringComparison.Ordinal);

        Assert.Contains("has no such level", ConversationScript.Text(await access.TypeAsync("en-US", "read or edit, either")), StringComparison.Ordinal);
        var second = ConversationScript.Text(await access.TypeAsync("en-US", "read or edit, either"));
        Assert.DoesNotContain("has no such level", second, StringComparison.Ordinal);
        Assert.Contains("Why do you need this access?", second, StringComparison.Ordinal);
    }

    private static List<ExecuteAction> OptionButtons(AdaptiveCard card) =>
        [.. (card.Actions ?? []).OfType<ExecuteAction>().Where(a => a.Verb == IncidentVerbs.Answer && a.Data?["impact"] is not null)];
}
