namespace ServiceDesk.Dialogs.Tests.Flows.MyTickets;

// A follow-up that names no ticket: the open ones to pick from, never the first that comes, never a new one.
public sealed partial class TicketFollowUpTests
{
    [Theory]
    [InlineData("en-US", "any news on my ticket?", "Which of your open tickets do you mean?")]
    [InlineData("fr-FR", "du nouveau sur ma demande ?", "De quel ticket ouvert parlez-vous ?")]
    public async Task FollowUp_NamingNoTicket_OffersTheOpenOnesToPick_NotTheClosedOnesNorAnyoneElses(string locale, string message, string expected)
    {
        var before = _h.Count;
        var script = _h.Script(locale);
        await script.PlayAsync(("type: " + message, expected));

        var text = ConversationScript.Text(script.LastResult!);
        foreach (var open in new[] { "INC-000001", "INC-000002", "INC-000003", "REQ-000005" })
        {
            Assert.Contains(open, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("INC-000004", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Printer stolen", text, StringComparison.Ordinal);
        Assert.Equal(before, _h.Count);
    }

    [Fact]
    public async Task FollowUp_NamingNoTicket_ThenAnOrdinal_OpensThatOneOfTheOffered()
    {
        var script = _h.Script("en-US");
        await script.PlayAsync(("type: any news on my request?", "Which of your open tickets do you mean?"));
        var offered = ConversationScript.Text(script.LastResult!);
        var first = new[] { "INC-000001", "INC-000002", "INC-000003", "REQ-000005" }.OrderBy(n => offered.IndexOf(n, StringComparison.Ordinal)).First();

        await script.PlayAsync(("type: the first one", first + " · "));
    }

    [Fact]
    public async Task FollowUp_NamingNoTicket_WithNoneOfTheirOwn_SaysThereIsNone()
    {
        await _h.Script("en-US", userId: "29:claire").PlayAsync(("type: any news on my ticket?", "You have no open ticket and none closed recently."));
    }

    [Fact]
    public async Task AddToMyTicket_NamingNoTicket_AsksWhichAmongTheOpenOnes_AndAddsNothingYet()
    {
        var before = _h.Router.Tickets.All.Sum(t => t.Version);
        var script = _h.Script("en-US");
        await script.PlayAsync(("type: add this to my ticket: it also happens in the afternoon", "Several of your tickets could match. Open the right one and add your comment there."));

        Assert.Contains("INC-000002", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
        Assert.Equal(before, _h.Router.Tickets.All.Sum(t => t.Version));
    }
}
