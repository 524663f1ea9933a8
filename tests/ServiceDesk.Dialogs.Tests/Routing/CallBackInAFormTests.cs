using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>
/// A person asked for inside a form: nothing is filed until "Ask to be called back" is clicked, and the draft is kept
/// whichever button is chosen; outside a form the call-back is filed at once, as before.
/// </summary>
public sealed class CallBackInAFormTests
{
    private readonly RouterHarness _harness = new RouterHarness().WithIncidentFlow();

    private string? FormInProgress => _harness.Store.Peek("a:personal", "29:jean")?.DialogName;

    [Theory]
    [InlineData("en-US", "could I speak with somebody from IT about it", "Ask to be called back", "Continue my request")]
    [InlineData("fr-FR", "je voudrais plutôt parler à un technicien", "Demander à être rappelé", "Continuer ma demande")]
    public async Task APersonAsked_InAForm_OffersTheCallBack_AndFilesNothing(string locale, string wording, string callBack, string carryOn)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(("type: report an incident", ""), ("type: printing", ""), ("type: " + wording, callBack));

        Assert.Contains(carryOn, ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
        Assert.Empty(_harness.Tickets.All);
        Assert.Equal("incident", FormInProgress);
    }

    [Fact]
    public async Task TheCallBack_Clicked_FilesATicketWithTheDraft_AndKeepsTheFormAtItsStep()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("type: report an incident", ""),
            ("type: printing", ""),
            ("type: Badge printer prints blank cards", ""),
            ("type: let me talk to a real person", "Ask to be called back"),
            ("press: escalation.start", "I've asked the service desk"));

        var ticket = Assert.Single(_harness.Tickets.All);
        Assert.True(ticket.NeedsHuman);
        Assert.Contains("Badge printer prints blank cards", ticket.Description, StringComparison.Ordinal);
        Assert.Contains("Now, back to your incident report", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
        Assert.Equal("incident", FormInProgress);
    }

    [Fact]
    public async Task ContinueMyRequest_ShowsTheStepAgain_AndFilesNothing()
    {
        var script = new ConversationScript(_harness, "fr-FR");
        await script.PlayAsync(
            ("type: report an incident", ""),
            ("type: printing", "En quelques mots, quel est le problème ?"),
            ("type: je veux un humain", "Continuer ma demande"),
            ("press: engine.retry", "En quelques mots, quel est le problème ?"),
            ("type: Le traceur du 2e imprime des pages blanches", ""));

        Assert.Empty(_harness.Tickets.All);
        Assert.Equal("incident", FormInProgress);
    }

    [Fact]
    public async Task APersonAsked_OutsideAForm_IsCalledBackAtOnce()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(("type: could I speak with somebody from IT", "I've asked the service desk"));

        Assert.True(Assert.Single(_harness.Tickets.All).NeedsHuman);
    }

    [Theory]
    [InlineData("en-US", "could I talk to a person about this", "yes I would really rather speak to a person", "Ask to be called back")]
    [InlineData("fr-FR", "est-ce que je peux parler à quelqu'un du support", "je préfère parler à un technicien, vraiment", "Demander à être rappelé")]
    public async Task APersonAskedAgain_WhileTheOfferShows_IsTheClick(string locale, string first, string again, string callBack)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(("type: report an incident", ""), ("type: printing", ""), ("type: " + first, callBack));

        await script.PlayAsync(("type: " + again, ""));

        Assert.True(_harness.Tickets.All.Count == 1, ConversationScript.Text(script.LastResult!));
        Assert.True(_harness.Tickets.All[0].NeedsHuman);
        Assert.DoesNotContain(callBack, ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
        Assert.Equal("incident", FormInProgress);
    }

    [Fact]
    public async Task AnAnswerBetween_ForgetsTheOffer_SoAPersonAskedLaterIsOfferedAgain()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(
            ("type: report an incident", ""),
            ("type: printing", ""),
            ("type: I want to speak to someone", "Ask to be called back"),
            ("type: Plotter on floor 2 prints blank pages", ""),
            ("type: I want to speak to someone", "Ask to be called back"));

        Assert.Empty(_harness.Tickets.All);
    }

    [Theory]
    [InlineData("en-US", "- Title: Plotter jams on every sheet")]
    [InlineData("fr-FR", "- Titre: Plotter jams on every sheet")]
    public async Task TheDraftOnTheCallBackTicket_IsLabelledInTheRequestersLanguage(string locale, string line)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(("type: report an incident", ""), ("type: printing", ""), ("type: Plotter jams on every sheet", ""), ("press: escalation.start", ""));

        var ticket = Assert.Single(_harness.Tickets.All);
        Assert.Contains(line, ticket.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("- title:", ticket.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "yes please", true)]
    [InlineData("fr-FR", "oui", true)]
    [InlineData("en-US", "no thanks", false)]
    [InlineData("fr-FR", "non merci", false)]
    public async Task ABareYesOrNo_WhileTheOfferShows_AnswersTheOffer_NotTheStep(string locale, string typed, bool calledBack)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(("type: report an incident", ""), ("type: printing", ""), ("type: I want to speak to a person", ""));

        await script.PlayAsync(("type: " + typed, ""));

        Assert.Equal(calledBack, _harness.Tickets.All.Count == 1);
        Assert.Equal("incident", FormInProgress);
        // The step below the offer took nothing: the title is still to be given.
        await script.PlayAsync(("type: Plotter on floor 2 prints blank pages", ""));
        Assert.Contains(locale == "fr-FR" ? "Décrivez" : "Describe what happens", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
    }
}
