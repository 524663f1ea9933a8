using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Flows.MyTickets;

/// <summary>
/// Messages the recogniser takes for something new (an incident, a question, a person) but that ask about, or restate,
/// something the employee already reported: their ticket is shown, nothing is opened or created.
/// </summary>
public sealed class AboutOwnTicketTests
{
    private readonly FollowUpHarness _h = new();

    [Theory]
    [InlineData("en-US", "when is someone coming to sort out the vpn", "INC-000002")]
    [InlineData("en-US", "has the helpdesk done anything about the printer yet", "INC-000001")]
    [InlineData("fr-FR", "c'est pour quand la réparation de l'imprimante", "INC-000001")]
    [InlineData("fr-FR", "le vpn, vous en êtes où", "INC-000002")]
    public async Task ProgressAsked_InWordsNoPhraseLists_ShowsThatTicket_AndCreatesNothing(string locale, string message, string number) =>
        FollowUpHarness.AssertNoForm(await _h.TypeCreatingNothingAsync(locale, message, number));

    [Theory]
    [InlineData("en-US", "where's my access to the HR shared folder at?")]
    [InlineData("fr-FR", "où est mon accès au dossier partagé RH ?")]
    public async Task WhereIsMine_AskedOfSomethingATicketIsAbout_ShowsThatTicket_NotANewRequest(string locale, string message) =>
        await _h.TypeCreatingNothingAsync(locale, message, "REQ-000005");

    [Theory]
    [InlineData("en-US", "hey, did somebody repair the printer on floor 3 yet", "INC-000001")]
    [InlineData("en-US", "I requested the HR shared folder last week, when do I get it", "REQ-000005")]
    [InlineData("en-US", "when will I get into the HR shared folder? asked on monday", "REQ-000005")]
    [InlineData("fr-FR", "quand est-ce que j'aurai le dossier partagé RH, je l'ai demandé lundi", "REQ-000005")]
    [InlineData("fr-FR", "le vpn, je l'ai signalé il y a trois jours", "INC-000002")]
    [InlineData("fr-FR", "j'attends toujours mon accès au dossier partagé RH", "REQ-000005")]
    [InlineData("en-US", "still haven't got into the HR shared folder", "REQ-000005")]
    public async Task SomethingAlreadyAskedFor_ReferredTo_ShowsThatTicket_AndOpensNothing(string locale, string message, string number) =>
        FollowUpHarness.AssertNoForm(await _h.TypeCreatingNothingAsync(locale, message, number));

    [Fact]
    public async Task ANewProblemWithAReportedThing_ReferredTo_ShowsTheTicket_AndStillOffersToReportIt()
    {
        var before = _h.Count;

        var script = _h.Script("en-US");
        await script.PlayAsync(
            ("type: I reported the printer on floor 3 yesterday and now it prints blank pages", "INC-000001"),
            ("press: kb.notHelpful {\"query\":\"I reported the printer on floor 3 yesterday and now it prints blank pages\",\"anotherProblem\":\"1\"}", "Step"));

        Assert.Equal(before, _h.Count);
    }

    [Fact]
    public async Task SomethingReferredTo_ThatNoTicketIsAbout_GoesOnAsRecognised()
    {
        var script = _h.Script("en-US");
        await script.PlayAsync(("type: I asked for a new keyboard last week and now the mouse is broken too", "Step"));

        var text = ConversationScript.Text(script.LastResult!);
        Assert.DoesNotContain("INC-00000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("REQ-00000", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProblemRestated_WhileItsTicketIsOpen_ShowsTheTicket_AndReportItStillOpensTheForm()
    {
        var before = _h.Count;

        var script = _h.Script("en-US");
        await script.PlayAsync(
            ("type: the vpn still drops every hour", "You already have an open ticket about this"),
            ("press: kb.notHelpful {\"query\":\"the vpn still drops every hour\"}", "Step"));

        var text = ConversationScript.Text(script.LastResult!);
        Assert.DoesNotContain("didn't help", text, StringComparison.Ordinal);
        Assert.Equal(before, _h.Count);
    }

    [Fact]
    public async Task AProblemRestated_AboutNothingTheEmployeeReported_OpensTheForm()
    {
        var script = _h.Script("en-US");
        await script.PlayAsync(("type: my keyboard still types the wrong letters", "Step"));

        Assert.DoesNotContain("You already have an open ticket", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewsAsked_WithoutNamingATicket_AndSeveralOpen_ListsThem_AndOpensNothing()
    {
        var text = await _h.TypeCreatingNothingAsync("en-US", "any news?", "INC-000001");

        Assert.Contains("INC-000002", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Step", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "any news?")]
    [InlineData("en-US", "did someone look at it yet?")]
    [InlineData("fr-FR", "des nouvelles ?")]
    public async Task NewsAsked_WithOneOpenTicket_ShowsThatTicket(string locale, string message)
    {
        var h = new RouterHarness().WithIncidentFlow();
        var now = h.Time.GetUtcNow();
        h.Tickets.Add(new Ticket
        {
            Number = new TicketNumber(TicketKind.Incident, 42),
            Version = 1,
            Status = TicketStatus.InProgress,
            Title = "Docking station not charging",
            Description = "The dock does not charge the laptop.",
            Category = "workstation",
            Impact = Impact.Low,
            Urgency = Urgency.Medium,
            Priority = Priority.P4,
            Requester = new TicketPerson("29:lea", null, "Léa"),
            CreatedAt = now.AddDays(-2),
            UpdatedAt = now.AddDays(-1),
        });

        var script = new ConversationScript(h, locale, "29:lea");
        await script.PlayAsync(("type: " + message, "INC-000042"));

        Assert.Single(h.Tickets.All);
        Assert.DoesNotContain("Step", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
    }
}
