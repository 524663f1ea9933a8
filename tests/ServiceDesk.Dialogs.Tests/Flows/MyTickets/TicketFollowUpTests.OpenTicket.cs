using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Flows.MyTickets;

// A message about a ticket the person has open: that ticket shown, 'that ticket or something new?', a comment added to it.
public sealed partial class TicketFollowUpTests
{
    [Fact]
    public async Task AProblemAskedAbout_ThatAnOpenTicketIsClearlyAbout_ShowsThatTicket_NotANewForm()
    {
        var text = await _h.TypeCreatingNothingAsync(
            "en-US", "my vpn keeps dropping every hour, can someone have a look?", "You already have an open ticket about this");

        Assert.Contains("INC-000002", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Step", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProblemStated_AsNew_WithAnOpenTicketOnTheSameThing_AsksThatTicketOrSomethingNew_EachOneClick()
    {
        var text = await _h.TypeCreatingNothingAsync(
            "en-US", "my vpn keeps dropping every hour", "You already have an open ticket that looks like this: INC-000002");

        Assert.Contains("Add my message to INC-000002", text, StringComparison.Ordinal);
        Assert.Contains("Report it", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Step", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProblemStated_AsNew_ThatAnArticleMaySolve_ShowsTheArticle_AboveTheQuestionAboutItsTicket()
    {
        var text = await _h.TypeCreatingNothingAsync("en-US", "my vpn keeps dropping all afternoon", "Connect to the VPN");

        var ticket = text.IndexOf("You already have an open ticket that looks like this: INC-000002", StringComparison.Ordinal);
        Assert.True(ticket > text.IndexOf("Connect to the VPN", StringComparison.Ordinal), text);
    }

    [Fact]
    public async Task AProblemAskedAbout_WithItsTicketOpen_AndAnArticle_ShowsTheArticle_ThenTheTicket()
    {
        var text = await _h.TypeCreatingNothingAsync("en-US", "my vpn keeps dropping again, anything I can try?", "Connect to the VPN");

        Assert.True(text.IndexOf("INC-000002", StringComparison.Ordinal) > text.IndexOf("Connect to the VPN", StringComparison.Ordinal), text);
    }

    [Fact]
    public async Task AProblemStated_AsNew_AddMyMessage_CommentsOnThatTicket_AndFilesNothing()
    {
        var before = _h.Count;

        var script = _h.Script("en-US");
        await script.PlayAsync(
            ("type: my vpn keeps dropping every hour", "INC-000002"),
            ("press: tickets.comment {\"number\":\"INC-000002\",\"ticketVersion\":1,\"comment\":\"my vpn keeps dropping every hour\"}", "Your comment was added."));

        var history = await _h.Router.Tickets.GetHistoryAsync(new TicketNumber(TicketKind.Incident, 2), CancellationToken.None);
        Assert.Equal("my vpn keeps dropping every hour", history[^1].Text);
        Assert.Equal(before, _h.Count);
    }

    [Fact]
    public async Task AProblemStated_SharingOnlyTheDevice_WithAnOpenTicket_OpensTheIncidentForm()
    {
        var script = _h.Script("en-US");
        await script.PlayAsync(("type: the vpn asks me for a certificate", "Step"));

        Assert.DoesNotContain("INC-000002", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "paper keeps getting stuck in the printer on floor 3", "You already have an open ticket that looks like this: INC-000001")]
    [InlineData("fr-FR", "l'imprimante du 3e étage bourre à chaque feuille", "Vous avez déjà un ticket ouvert qui y ressemble : INC-000001")]
    public async Task TheSameProblem_InOtherWords_WithItsTicketOpen_AsksThatTicketOrSomethingNew(string locale, string message, string expected) =>
        await _h.TypeCreatingNothingAsync(locale, message, expected);

    [Fact]
    public async Task TheSameProblemSaidAgain_InFrench_ShowsItsTicket_AndOpensNoForm() =>
        Assert.DoesNotContain("Étape", await _h.TypeCreatingNothingAsync("fr-FR", "encore mon souci de VPN", "INC-000002"), StringComparison.Ordinal);

    [Theory]
    [InlineData("en-US", "my mouse keeps freezing every few seconds", "Step")]
    [InlineData("fr-FR", "ma souris se fige toutes les secondes", "Étape")]
    public async Task AnotherThingOfTheSameCategory_SharingOnlyWordsSaidOfAnyProblem_OpensTheIncidentForm(string locale, string message, string step)
    {
        AddScreenTicket(9, _h.Router.Time.GetUtcNow().AddDays(-1));

        var script = _h.Script(locale);
        await script.PlayAsync(("type: " + message, step));

        Assert.DoesNotContain("INC-000009", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADaySaidOfSomethingElse_DoesNotBeatTheWordsThatNameTheTicket()
    {
        var now = _h.Router.Time.GetUtcNow();
        AddScreenTicket(9, now.AddDays(-2));
        _h.Router.Tickets.Add(_h.Router.Tickets.All.Single(t => t.Number.Sequence == 2) with
        {
            Number = new TicketNumber(TicketKind.Incident, 10),
            Title = "No sound in Teams calls",
            Description = "Nobody hears me in Teams calls, the microphone works elsewhere.",
            Category = "software",
            Service = "teams",
            CreatedAt = now.AddDays(-4),
        });
        var day = now.AddDays(-2).DayOfWeek.ToString().ToLowerInvariant();

        var script = _h.Script("en-US");
        await script.PlayAsync(("type: did the mic issue I raised get assigned? our big call is on " + day, "INC-000010"));

        Assert.DoesNotContain("INC-000009", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
    }

    private void AddScreenTicket(long number, DateTimeOffset created) =>
        _h.Router.Tickets.Add(_h.Router.Tickets.All.Single(t => t.Number.Sequence == 2) with
        {
            Number = new TicketNumber(TicketKind.Incident, number),
            Title = "Second screen flickers",
            Description = "My second monitor flickers all the time when it is on the dock.",
            Category = "workstation",
            Service = "screen",
            CreatedAt = created,
        });

    [Theory]
    [InlineData("en-US", "add this to my vpn ticket: it dropped again at 10:00", "it dropped again at 10:00", "Add this comment to INC-000002", "Your comment was added.")]
    [InlineData("fr-FR", "ajoute ça à mon ticket VPN : encore coupé à 10h", "encore coupé à 10h", "Ajouter ce commentaire à INC-000002", "Votre commentaire a été ajouté.")]
    public async Task AddThisToMyTicket_AsksToConfirm_ThenCommentsOnTheMatchedTicket(string locale, string message, string comment, string confirm, string done)
    {
        var before = _h.Count;

        var script = _h.Script(locale);
        await script.PlayAsync(
            ("type: " + message, confirm),
            ("press: tickets.comment {\"comment\":\"" + comment + "\"}", done));

        var history = await _h.Router.Tickets.GetHistoryAsync(new TicketNumber(TicketKind.Incident, 2), CancellationToken.None);
        Assert.Equal(comment, history[^1].Text);
        Assert.Equal(before, _h.Count);
    }

    [Fact]
    public async Task AddThisToMyTicket_NothingHappensBeforeTheClick()
    {
        await _h.Script("en-US").PlayAsync(("type: add this to my vpn ticket: it dropped again", "Add this comment to INC-000002"));

        var history = await _h.Router.Tickets.GetHistoryAsync(new TicketNumber(TicketKind.Incident, 2), CancellationToken.None);
        Assert.DoesNotContain(history, e => e.Text == "it dropped again");
    }

    /// <summary>The real recogniser (the incident flow registered): the issue's own examples never open a duplicate.</summary>
}
