using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Flows.MyTickets;

/// <summary>
/// Questions about an existing ticket, answered with that ticket from the employee's own open and recently closed
/// ones, never by opening a new one: first with a Moq'd recogniser that says <c>TicketFollowUp</c>, then with the real one.
/// </summary>
public sealed partial class TicketFollowUpTests
{
    private readonly FollowUpHarness _h = new();

    public static TheoryData<string, string, string, string?, string?, string> OneMatch => new()
    {
        // locale, message, subject (what the recogniser returns), category hint, service hint, the ticket's card
        { "en-US", "any news on my printer ticket?", "printer", "printing", "printer", "INC-000001 · Printer jammed on floor 3" },
        { "en-US", "whats up with my vpn thing", "vpn", null, null, "INC-000002 · VPN drops every hour" },
        { "en-US", "did anyone look at my screen problem?", "screen", "workstation", null, "INC-000003 · Écran noir au démarrage" },
        { "en-US", "that outlook crash from last week, is it fixed", "outlook crash", null, null, "INC-000004 · Outlook crashes at start" },
        { "fr-FR", "quelqu'un a regardé mon souci d'écrann ?", "écrann", null, null, "INC-000003 · Écran noir au démarrage" },
        { "fr-FR", "ma demande pour le dossier RH", "dossier RH", null, null, "REQ-000005 · Accès au dossier partagé RH" },
        { "fr-FR", "des nouvelles de mon imprimante ?", "imprimante", null, null, "INC-000001 · Printer jammed on floor 3" },
    };

    [Theory]
    [MemberData(nameof(OneMatch))]
    public async Task FollowUp_OneClearMatch_ShowsThatTicketsCard_AndOpensNothing(string locale, string message, string subject, string? category, string? service, string card)
    {
        _h.FollowUp(message, subject, category, service);

        var text = await _h.TypeCreatingNothingAsync(locale, message, card);

        Assert.DoesNotContain("Printer stolen", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "where's my ticket about the printer", "printer", "Several of your tickets could match")]
    [InlineData("fr-FR", "et mon ticket d'impression ?", "impression", "Plusieurs de vos tickets peuvent correspondre")]
    public async Task FollowUp_SeveralMatches_ShowsAShortListToPickFrom(string locale, string message, string subject, string expected)
    {
        AddTonerTicket();
        _h.FollowUp(message, subject);

        var script = _h.Script(locale);
        await script.PlayAsync(("type: " + message, expected));

        var text = ConversationScript.Text(script.LastResult!);
        Assert.Contains("INC-000001", text, StringComparison.Ordinal);
        Assert.Contains("INC-000008", text, StringComparison.Ordinal);
        Assert.DoesNotContain("VPN drops", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Printer stolen", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "any news on my teams ticket?", "teams", "I couldn't find a ticket about \"teams\" among yours.")]
    [InlineData("fr-FR", "où en est ma demande pour le téléphone ?", "téléphone", "Je ne trouve pas de ticket sur « téléphone » parmi les vôtres.")]
    public async Task FollowUp_NoMatch_ListsTheirTickets_SayingWhichWasNotFound_AndNeverSomeoneElses(string locale, string message, string subject, string expected)
    {
        _h.FollowUp(message, subject);

        var text = await _h.TypeCreatingNothingAsync(locale, message, expected);

        Assert.Contains("INC-000002", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Laptop battery", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "any progress on my scanner problem", "I couldn't find a ticket about \"scanner\" among yours.", "(Report an incident)")]
    [InlineData("fr-FR", "du nouveau sur mon problème de scanner ?", "Je ne trouve pas de ticket sur « scanner » parmi les vôtres.", "(Signaler un incident)")]
    public async Task FollowUp_NamingAThingNoneOfTheirTicketsIsAbout_IsNotFound_NotTheirTicketOfTheSameCategory(string locale, string message, string expected, string offer)
    {
        var text = await _h.TypeCreatingNothingAsync(locale, message, expected);

        // The printer ticket is in the same category (printing): listed with the others, never shown as the answer.
        Assert.Contains("INC-000002", text, StringComparison.Ordinal);
        Assert.Contains(offer, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "any news on the ticket I opened on nov 4?", "INC-000002 · VPN drops every hour")]
    [InlineData("fr-FR", "le ticket du 5 novembre, ça avance ?", "INC-000003 · Écran noir au démarrage")]
    public async Task FollowUp_NamingTheDayItWasOpened_ShowsThatTicket(string locale, string message, string card) =>
        Assert.DoesNotContain("INC-000001", await _h.TypeCreatingNothingAsync(locale, message, card), StringComparison.Ordinal);

    [Theory]
    [InlineData("#2", "INC-000002 · VPN drops every hour")]
    [InlineData("#5", "REQ-000005 · Accès au dossier partagé RH")]
    [InlineData("ticket 5 pls", "REQ-000005 · Accès au dossier partagé RH")]
    public async Task ANumberWithoutPrefix_ShowsTheirTicketOfThatNumber_IncidentOrRequest(string message, string card)
    {
        var script = _h.Script("en-US");
        await script.PlayAsync(("type: " + message, card));
    }

    [Fact]
    public async Task FollowUp_ForSomeoneElse_SeesOnlyTheirOwnTickets()
    {
        _h.FollowUp("any news on my laptop ticket?", "laptop", "workstation", "laptop");

        var script = _h.Script("en-US", userId: "29:paul");
        await script.PlayAsync(("type: any news on my laptop ticket?", "INC-000007 · Laptop battery swollen"));

        Assert.DoesNotContain("Écran noir", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "any news on my printer ticket?", "INC-000001 · Printer jammed on floor 3")]
    [InlineData("en-US", "where is my vpn request", "INC-000002 · VPN drops every hour")]
    [InlineData("fr-FR", "ma demande pour le dossier RH", "REQ-000005 · Accès au dossier partagé RH")]
    [InlineData("fr-FR", "où en est mon ticket imprimante ?", "INC-000001 · Printer jammed on floor 3")]
    public async Task RealRecogniser_FollowUpWording_AnswersWithTheTicket(string locale, string message, string card)
    {
        await _h.TypeCreatingNothingAsync(locale, message, card);

        Assert.Null(_h.Router.Store.Peek("a:personal", "29:jean"));
    }

    [Fact]
    public async Task MyTickets_WithNothingNamingOne_IsStillTheList()
    {
        await _h.Script("en-US").PlayAsync(("type: show me my tickets", "Your open tickets and those closed in the last 30 days:"));
    }

    [Theory]
    [InlineData("en-US", "the out of toner one", "INC-000008 · Printer out of toner")]
    [InlineData("fr-FR", "celui out of tonner", "INC-000008 · Printer out of toner")]
    public async Task AfterAPickList_TypingWhichOne_OpensIt(string locale, string which, string card)
    {
        AddTonerTicket();
        _h.FollowUp("et mon ticket imprimante ?", "printer");

        await _h.Script(locale).PlayAsync(("type: et mon ticket imprimante ?", "INC-000008"), ("type: " + which, card));
    }

    [Theory]
    [InlineData("en-US", "the second one", 1)]
    [InlineData("fr-FR", "le premier", 0)]
    public async Task AfterAPickList_AnOrdinal_OpensThatOneOfTheList(string locale, string which, int index)
    {
        AddTonerTicket();
        _h.FollowUp("my printer ticket?", "printer");
        var script = _h.Script(locale);
        await script.PlayAsync(("type: my printer ticket?", "INC-000008"));
        var listed = ConversationScript.Text(script.LastResult!);
        var order = new[] { "INC-000001", "INC-000008" }.OrderBy(n => listed.IndexOf(n, StringComparison.Ordinal)).ToList();

        await script.PlayAsync(("type: " + which, order[index] + " · "));
    }

    private void AddTonerTicket() =>
        _h.Router.Tickets.Add(_h.Router.Tickets.All.Single(t => t.Number.Sequence == 1) with
        {
            Number = new TicketNumber(TicketKind.Incident, 8),
            Title = "Printer out of toner",
        });
}
