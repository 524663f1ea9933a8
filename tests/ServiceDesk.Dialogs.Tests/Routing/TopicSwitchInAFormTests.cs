using Moq;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>
/// Another question inside a form is answered instead of refused, and the form is kept, to resume at the step it was
/// at ("resume", "reprendre" or the button). A free-text step does not swallow an obvious question, and still takes
/// an ordinary answer.
/// </summary>
public sealed class TopicSwitchInAFormTests
{
    private readonly RouterHarness _harness = new RouterHarness().WithIncidentFlow();

    public static TheoryData<string, string, string, string> Switches => new()
    {
        // locale, the other question, what answers it, the "kept" line
        { "en-US", "hang on, is the network down?", "There is no announced outage at the moment.", "I've kept your incident report where you left it." },
        { "en-US", "how do I change my password?", "Reset your password", "I've kept your incident report where you left it." },
        { "en-US", "my tickets", "My tickets | You have no open ticket", "I've kept your incident report where you left it." },
        { "fr-FR", "attends, y a-t-il une panne du réseau ?", "Aucune panne n'est annoncée pour le moment.", "J'ai gardé votre signalement d'incident là où vous en étiez." },
        { "fr-FR", "comment changer mon mot de passe ?", "Réinitialiser votre mot de passe", "J'ai gardé votre signalement d'incident là où vous en étiez." },
        { "fr-FR", "mes tickets", "Mes tickets | Vous n'avez aucun ticket", "J'ai gardé votre signalement d'incident là où vous en étiez." },
    };

    [Theory]
    [MemberData(nameof(Switches))]
    public async Task AtAStepWithOptions_AnotherQuestion_IsAnswered_AndTheFormIsKeptToResume(string locale, string question, string answer, string kept)
    {
        var fr = locale.StartsWith("fr", StringComparison.Ordinal);
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(
            ("type: report an incident", fr ? "De quoi s'agit-il ?" : "What is it about?"),
            ("type: " + question, answer),
            ("type: " + (fr ? "reprendre" : "resume"), fr ? "Voici votre signalement d'incident là où vous en étiez." : "Here is your incident report where you left it."));

        Assert.Contains(fr ? "De quoi s'agit-il ?" : "What is it about?", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
        await script.PlayAsync(("type: " + question, kept));
    }

    [Theory]
    [MemberData(nameof(Switches))]
    public async Task AtAFreeTextStep_AnObviousQuestion_IsNotTakenAsTheAnswer(string locale, string question, string answer, string kept)
    {
        var fr = locale.StartsWith("fr", StringComparison.Ordinal);
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(
            ("type: report an incident", ""),
            ("type: printing", fr ? "En quelques mots" : "In a few words"),
            ("type: " + question, answer));

        Assert.Contains(kept, ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
        // The resume button brings the form back at the title step: the question was not taken as the title.
        await script.PlayAsync(("press: engine.resume", fr ? "En quelques mots, quel est le problème ?" : "In a few words, what is wrong?"));
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
    public async Task TheDraftKeepsItsAnswers_AndTheTicketIsCreatedAfterResuming()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("type: report an incident", ""),
            ("type: printing", ""),
            ("type: Printer jammed on floor 3", "Describe what happens"),
            ("type: how do I change my password?", "Reset your password"),
            ("type: resume", "Step 3 of 5"),
            ("type: The printer on floor 3 shows a paper jam error since this morning.", "Who is affected?"),
            ("type: 1", ""),
            ("type: 1", "Printer jammed on floor 3"),
            ("press: incident.create", "Ticket INC-"));

        Assert.Single(_harness.Tickets.All);
        Assert.Null(_harness.Store.Peek("a:personal", "29:jean"));
    }

    [Theory]
    [InlineData("en-US", "forget it", "I've dropped your incident report: nothing was saved.")]
    [InlineData("fr-FR", "laisse tomber", "J'ai abandonné votre signalement d'incident : rien n'a été enregistré.")]
    public async Task AfterASwitch_ForgetIt_DropsTheDraft(string locale, string words, string expected)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(
            ("type: report an incident", ""),
            ("type: my tickets", ""),
            ("type: " + words, expected),
            ("type: " + (locale == "en-US" ? "resume" : "reprendre"), locale == "en-US" ? "There is nothing to resume." : "Il n'y a rien à reprendre."));
    }

    [Fact]
    public async Task TheDropButton_DropsTheDraft()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("type: report an incident", ""),
            ("type: hang on, is the network down?", "(Drop it)"),
            ("press: engine.discard", "I've dropped your incident report"));

        Assert.Null(_harness.Store.Peek("a:personal", "29:jean"));
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
