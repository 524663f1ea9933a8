using ServiceDesk.Dialogs.Tests.Conversation;

namespace ServiceDesk.Dialogs.Tests.Flows.MyTickets;

/// <summary>
/// What the knowledge articles now tell people to do for a request the bot has no form for (software, a new starter,
/// a leaver): type "talk to a person", then add the details to that ticket as a comment from "my tickets".
/// </summary>
public sealed class ArticlePromiseTests
{
    [Theory]
    [InlineData("en-US", "talk to a person", "my tickets")]
    [InlineData("fr-FR", "parler à quelqu'un", "mes tickets")]
    public async Task TalkToAPerson_OpensATicket_ThatTakesAComment(string locale, string typed, string list)
    {
        var harness = new RouterHarness();
        var script = new ConversationScript(harness, locale);
        await script.PlayAsync(("type: " + typed, "INC-000001"));

        var ticket = Assert.Single(harness.Tickets.All);
        Assert.True(ticket.NeedsHuman);
        await script.PlayAsync(
            ("type: " + list, "INC-000001"),
            ("press: tickets.open", "INC-000001"),
            ("press: tickets.comment {\"comment\": \"7-Zip 24.08 from 7-zip.org, for the audit archives\"}", "INC-000001"));
        Assert.Equal("7-Zip 24.08 from 7-zip.org, for the audit archives", (await harness.Tickets.GetHistoryAsync(ticket.Number, default))[^1].Text);
    }
}
