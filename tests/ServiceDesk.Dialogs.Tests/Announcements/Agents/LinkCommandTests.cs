using Moq;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Agents;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.Announcements.Agents;

public sealed class LinkCommandTests
{
    private readonly AnnouncementDeskParts parts = new();

    private async Task<string?> RunAsync(string arguments, string conversation = ThreadId)
    {
        var result = await new LinkCommand(parts.Desk, new ServiceDesk.Dialogs.Tests.Problems.ProblemParts().LinkReply()).RunAsync(ChannelMessage(Alice, "link " + arguments, conversation), arguments, Texts.English, default);
        return Assert.Single(result.Replies).Text;
    }

    [Fact]
    public async Task In_the_control_cards_thread_the_number_is_linked_to_that_major_incident_and_its_card_refreshed()
    {
        var published = parts.Published();
        parts.Links.Setup(l => l.LinkAsync(published.Id, Number, It.IsAny<TicketPerson>(), It.IsAny<CancellationToken>())).ReturnsAsync(LinkOutcome.Linked);

        var text = await RunAsync("inc-000042");

        Assert.Equal("INC-000042 is linked: it will be resolved with this major incident, and its requester told.", text);
        Assert.Single(parts.Outbox.Drafts, d => d.Kind == OutboxKind.UpdateActivity && d.ActivityId == "control-1");
    }

    [Fact]
    public async Task Elsewhere_the_major_incident_is_named_and_without_it_the_agent_is_told_how()
    {
        var published = parts.Published();
        parts.Links.Setup(l => l.LinkAsync(published.Id, Number, It.IsAny<TicketPerson>(), It.IsAny<CancellationToken>())).ReturnsAsync(LinkOutcome.NotLinkable);

        var named = await RunAsync("maj-000012 INC-000042", "19:general@thread.tacv2;messageid=1");
        var unnamed = await RunAsync("INC-000042", "19:general@thread.tacv2;messageid=1");
        var unknown = await RunAsync("MAJ-000099 INC-000042", "19:general@thread.tacv2;messageid=1");
        var bad = await RunAsync("42");

        Assert.Equal("INC-000042 is not an open incident: it cannot be linked.", named);
        Assert.StartsWith("Which major incident?", unnamed, StringComparison.Ordinal);
        Assert.Equal("Announcement MAJ-000099 was not found.", unknown);
        Assert.Equal("Please give an incident number such as INC-000123.", bad);
        parts.Links.Verify(l => l.LinkAsync(It.IsAny<string>(), It.IsAny<TicketNumber>(), It.IsAny<TicketPerson>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Empty(parts.Outbox.Drafts);
    }
}
