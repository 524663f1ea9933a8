using Moq;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>
/// Another question inside a form (an outage, a how-to, my tickets) is answered instead of refused, then the step in
/// progress is asked again and the next message answers it. Another kind of request puts the form aside, kept to resume
/// at the step it was at ("resume", "reprendre" or the button). A free-text step does not swallow an obvious question,
/// and still takes an ordinary answer.
/// </summary>
public sealed class TopicSwitchInAFormTests
{
    private readonly RouterHarness _harness = new RouterHarness().WithIncidentFlow();

    public static TheoryData<string, string, string> Asides => new()
    {
        // locale, the other question, what answers it
        { "en-US", "hang on, is the network down?", "There is no announced outage at the moment." },
        { "en-US", "how do I change my password?", "Reset your password" },
        { "en-US", "my tickets", "My tickets | You have no open ticket" },
        { "fr-FR", "attends, y a-t-il une panne du réseau ?", "Aucune panne n'est annoncée pour le moment." },
        { "fr-FR", "comment changer mon mot de passe ?", "Réinitialiser votre mot de passe" },
        { "fr-FR", "mes tickets", "Mes tickets | Vous n'avez aucun ticket" },
    };

    [Theory]
    [MemberData(nameof(Asides))]
    public async Task AtAStepWithOptions_AnotherQuestion_IsAnswered_ThenTheStepIsAskedAgain(string locale, string question, string answer)
    {
        var fr = locale.StartsWith("fr", StringComparison.Ordinal);
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(
            ("type: report an incident", fr ? "De quoi s'agit-il ?" : "What is it about?"),
            ("type: " + question, answer));

        var shown = ConversationScript.Text(script.LastResult!);
        Assert.Contains(fr ? "Revenons à votre signalement d'incident :" : "Now, back to your incident report:", shown, StringComparison.Ordinal);
        Assert.Contains(fr ? "De quoi s'agit-il ?" : "What is it about?", shown, StringComparison.Ordinal);
        Assert.True(shown.IndexOf(answer.Split(" | ")[0], StringComparison.Ordinal) < shown.IndexOf(fr ? "Revenons" : "Now, back", StringComparison.Ordinal), "the answer comes first, the step after it");
        Assert.DoesNotContain(fr ? "J'ai gardé" : "I've kept", shown, StringComparison.Ordinal);

        // The next message answers the step that was asked again.
        await script.PlayAsync(("type: " + (fr ? "impression" : "printing"), fr ? "En quelques mots" : "In a few words"));
    }

    [Theory]
    [MemberData(nameof(Asides))]
    public async Task AtAFreeTextStep_AnObviousQuestion_IsNotTakenAsTheAnswer(string locale, string question, string answer)
    {
        var fr = locale.StartsWith("fr", StringComparison.Ordinal);
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(
            ("type: report an incident", ""),
            ("type: printing", fr ? "En quelques mots" : "In a few words"),
            ("type: " + question, answer));

        // The title is asked again below the answer: the question was not taken as the title, the next message is.
        Assert.Contains(fr ? "En quelques mots, quel est le problème ?" : "In a few words, what is wrong?", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
        await script.PlayAsync(("type: " + (fr ? "Imprimante bloquée au 3e" : "Printer jammed on floor 3"), fr ? "Décrivez ce qui se passe" : "Describe what happens"));
    }

    [Theory]
    [InlineData("en-US", "Outlook crashes when I open attachments", "Describe what happens")]
    [InlineData("en-US", "Printer on floor 3 is jammed again", "Describe what happens")]
    [InlineData("en-US", "Why does Outlook crash when I open an attachment?", "Describe what happens")]
    [InlineData("fr-FR", "L'imprimante du 3e étage est bloquée", "Décrivez ce qui se passe")]
    [InlineData("fr-FR", "Pourquoi Outlook plante à l'ouverture d'une pièce jointe ?", "Décrivez ce qui se passe")]
    public async Task AtAFreeTextStep_AnOrdinaryAnswer_IsTaken(string locale, string title, string next)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(("type: report an incident", ""), ("type: printing", ""), ("type: " + title, next));
    }

    [Fact]
    public async Task TheFormKeepsItsAnswers_AndTheTicketIsCreatedAfterTheAside()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("type: report an incident", ""),
            ("type: printing", ""),
            ("type: Printer jammed on floor 3", "Describe what happens"),
            ("type: how do I change my password?", "Reset your password"),
            ("type: The printer on floor 3 shows a paper jam error since this morning.", "Who is affected?"),
            ("type: 1", ""),
            ("type: 1", "Printer jammed on floor 3"),
            ("press: incident.create", "Ticket INC-"));

        Assert.Single(_harness.Tickets.All);
        Assert.Null(_harness.Store.Peek("a:personal", "29:jean"));
    }

    [Theory]
    [InlineData("en-US", "forget it", "Cancelled: nothing was saved.", "There is nothing to resume.")]
    [InlineData("fr-FR", "laisse tomber", "C'est annulé : rien n'a été enregistré.", "Il n'y a rien à reprendre.")]
    public async Task AfterAnAside_ForgetIt_CancelsTheFormInProgress(string locale, string words, string expected, string nothing)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(
            ("type: report an incident", ""),
            ("type: my tickets", ""),
            ("type: " + words, expected),
            ("type: " + (locale == "en-US" ? "resume" : "reprendre"), nothing));
    }

    [Fact]
    public async Task ItDidNotHelp_OnAnArticleAnsweredAside_CarriesOnWithTheForm()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("type: report an incident", ""),
            ("type: printing", ""),
            ("type: how do I change my password?", "Reset your password"));
        var article = script.LastResult!.Replies.First(r => r.Card is not null && ConversationScript.CardText(r.Card).Contains("Reset your password", StringComparison.Ordinal)).Card!;

        var after = await script.ReplayAsync(article, "kb.notHelpful");

        var shown = ConversationScript.Text(after);
        Assert.Contains("Noted, I won't suggest that article again.", shown, StringComparison.Ordinal);
        Assert.Contains("In a few words, what is wrong?", shown, StringComparison.Ordinal);
        Assert.Empty(_harness.Tickets.All);
        Assert.Equal("incident", _harness.Store.Peek("a:personal", "29:jean")?.DialogName);
    }

    private static Mock<IIntentRecognizer> Recognizing(string text, Recognition recognition)
    {
        var recognizer = new Mock<IIntentRecognizer>();
        recognizer.Setup(r => r.RecognizeAsync(It.IsAny<string?>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .Returns((string? typed, string? locale, CancellationToken _) => ValueTask.FromResult(KeywordIntentRecognizer.Recognize(typed, locale)));
        recognizer.Setup(r => r.RecognizeAsync(text, It.IsAny<string?>(), It.IsAny<CancellationToken>())).ReturnsAsync(recognition);
        return recognizer;
    }

    [Fact]
    public async Task TheDropButton_DropsTheDraftPutAside()
    {
        _harness.Recognizer = Recognizing("I also need the CRM", new Recognition(Intent.RequestAccess, 0.9)).Object;
        _harness.Dialogs.Add(new ProbeDialog("access"));
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("type: report an incident", ""),
            ("type: I also need the CRM", "I've kept your incident report where you left it."),
            ("type: cancel", "(Drop it)"),
            ("press: engine.discard", "I've dropped your incident report"));

        Assert.Null(_harness.Store.Peek("a:personal", "29:jean"));
    }

    [Theory]
    [InlineData("en-US", "actually I'd rather just get a new headset", 0.45, "I've kept your incident report where you left it.")]
    [InlineData("en-US", "scratch that, can I order a headset instead", 0.7, "I've kept your incident report where you left it.")]
    [InlineData("en-US", "forget it, I'd rather order a new headset", 0.7, "I've kept your incident report where you left it.")]
    [InlineData("fr-FR", "en fait je veux juste commander un casque", 0.45, "J'ai gardé votre signalement d'incident là où vous en étiez.")]
    [InlineData("fr-FR", "non finalement plutôt un nouveau casque", 0.45, "J'ai gardé votre signalement d'incident là où vous en étiez.")]
    [InlineData("fr-FR", "laisse tomber, en fait il me faut un nouveau casque", 0.7, "J'ai gardé votre signalement d'incident là où vous en étiez.")]
    public async Task AtAFreeTextStep_AChangeOfMindToAnotherRequest_SwitchesAndKeepsTheDraft(string locale, string words, double confidence, string kept)
    {
        // A weak reading of the other request is enough once the words take back the current one; a message read as a
        // cancel needs a confident one.
        _harness.Recognizer = Recognizing(words, new Recognition(Intent.RequestHardware, confidence)).Object;
        var hardware = new ProbeDialog("hardware");
        _harness.Dialogs.Add(hardware);
        var fr = locale.StartsWith("fr", StringComparison.Ordinal);
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(
            ("type: report an incident", ""),
            ("type: printing", fr ? "En quelques mots" : "In a few words"),
            ("type: " + words, kept));

        Assert.Equal("hardware", _harness.Store.Peek("a:personal", "29:jean")?.DialogName);
        await script.PlayAsync(("type: " + (fr ? "reprendre" : "resume"), fr ? "En quelques mots, quel est le problème ?" : "In a few words, what is wrong?"));
    }

    [Theory]
    [InlineData("en-US", "never mind, it works now", "Cancelled: nothing was saved.")]
    [InlineData("en-US", "forget it", "Cancelled: nothing was saved.")]
    [InlineData("fr-FR", "laisse tomber, ça remarche", "C'est annulé : rien n'a été enregistré.")]
    public async Task ACancelThatNamesNothingElse_StillCancels_WhateverTheRecogniserWeighs(string locale, string words, string cancelled)
    {
        _harness.Recognizer = Recognizing(words, new Recognition(Intent.RequestHardware, 0.9)).Object;
        _harness.Dialogs.Add(new ProbeDialog("hardware"));
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(("type: report an incident", ""), ("type: " + words, cancelled));

        Assert.Null(_harness.Store.Peek("a:personal", "29:jean"));
    }

    [Theory]
    [InlineData("My new headset crackles on every call")]
    [InlineData("I need a new headset, mine crackles")]
    public async Task AtAFreeTextStep_AStatementWithoutAChangeOfMind_IsTheAnswer(string words)
    {
        // A description that reads as a wish is still an answer: only words that take the request back switch.
        _harness.Recognizer = Recognizing(words, new Recognition(Intent.RequestHardware, 0.9)).Object;
        _harness.Dialogs.Add(new ProbeDialog("hardware"));
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("type: report an incident", ""),
            ("type: printing", ""),
            ("type: " + words, "Describe what happens"));

        Assert.Equal("incident", _harness.Store.Peek("a:personal", "29:jean")?.DialogName);
    }

    [Theory]
    [InlineData(Intent.RequestHardware, "hardware")]
    [InlineData(Intent.RequestSoftware, "software")]
    [InlineData(Intent.NewStarter, "newstarter")]
    [InlineData(Intent.RequestAccess, "access")]
    public async Task AtAStepWithOptions_AnotherKindOfRequest_StartsItsForm(Intent intent, string dialog)
    {
        _harness.Recognizer = Recognizing("one more thing please", new Recognition(intent, 0.8)).Object;
        _harness.Dialogs.Add(new ProbeDialog(dialog));
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("type: report an incident", "What is it about?"),
            ("type: one more thing please", "I've kept your incident report where you left it."));

        Assert.Equal(dialog, _harness.Store.Peek("a:personal", "29:jean")?.DialogName);
    }

    [Fact]
    public async Task AnAccessRequestMidIncident_StartsThatForm_AndTheIncidentWaits()
    {
        var recognizer = new Mock<IIntentRecognizer>();
        recognizer.Setup(r => r.RecognizeAsync(It.IsAny<string?>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .Returns((string? text, string? locale, CancellationToken _) => ValueTask.FromResult(KeywordIntentRecognizer.Recognize(text, locale)));
        recognizer.Setup(r => r.RecognizeAsync("I also need the CRM", It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Recognition(Intent.RequestAccess, 0.9));
        _harness.Recognizer = recognizer.Object;
        var probe = new ProbeDialog("access");
        _harness.Dialogs.Add(probe);

        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("type: report an incident", "What is it about?"),
            ("type: I also need the CRM", "I've kept your incident report where you left it."),
            ("type: cancel", "I've kept your incident report where you left it."),
            ("press: engine.resume", "What is it about?"));
    }

    [Fact]
    public async Task AWrongAnswerThatIsNoOtherTopic_IsStillRefusedAsBefore()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("type: report an incident", ""),
            ("type: banana", "What is it about?"));

        Assert.DoesNotContain("kept", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
        Assert.Equal("incident", _harness.Store.Peek("a:personal", "29:jean")?.DialogName);
    }
}
