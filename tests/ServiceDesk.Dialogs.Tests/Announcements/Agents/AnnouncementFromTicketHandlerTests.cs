using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Moq;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Agents;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tests.Agents;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.Announcements.Agents;

public sealed class AnnouncementFromTicketHandlerTests
{
    private readonly AnnouncementDeskParts parts = new();
    private readonly Mock<ITicketStore> tickets = new();

    private AnnouncementFromTicketHandler Handler() =>
        new(parts.Desk, tickets.Object, new IncidentCatalogue(Options.Create(TestCatalogue.Options)), parts.Audiences, parts.Clock);

    [Fact]
    public async Task Declare_on_an_open_incident_posts_the_form_prefilled_in_the_thread_and_leaves_the_ticket_card()
    {
        tickets.Setup(t => t.GetAsync(Number, It.IsAny<CancellationToken>())).ReturnsAsync(Ticket());

        var result = await Handler().HandleAsync(Click(Alice, AnnouncementVerbs.Declare), default);

        Assert.Equal("The major incident form for INC-000042 is posted below in this thread.", result.Invoke!.Message);
        var form = CardJson.Serialize(Assert.Single(result.Replies).Card!);
        Assert.Contains("Outlook crashes at start", form, StringComparison.Ordinal);
        Assert.Contains("From ticket INC-000042", form, StringComparison.Ordinal);
        var publish = JsonNode.Parse(form)!["actions"]!.AsArray().Single(a => (string?)a!["verb"] == AnnouncementVerbs.Publish)!["data"]!;
        Assert.Equal(("INC-000042", "MAJ-000001", 1), ((string?)publish["ticket"], (string?)publish["announcement"], (int)publish["version"]!));
        var draft = (await parts.Store.GetAsync("MAJ-000001", default))!;
        Assert.Equal((AnnouncementStatus.Draft, Alice.Id), (draft.Status, draft.Author.Id));
    }

    [Fact]
    public async Task Declare_on_a_resolved_ticket_or_by_a_non_agent_opens_nothing()
    {
        tickets.Setup(t => t.GetAsync(Number, It.IsAny<CancellationToken>())).ReturnsAsync(Ticket(TicketStatus.Resolved));

        var resolved = await Handler().HandleAsync(Click(Alice, AnnouncementVerbs.Declare), default);
        var stranger = await Handler().HandleAsync(Raw(Mallory, AnnouncementVerbs.Declare, System.Text.Json.JsonSerializer.SerializeToElement(new { ticket = "INC-000042" })), default);

        Assert.Equal("Only an open incident can start a major incident; INC-000042 is not one.", resolved.Invoke!.Message);
        Assert.StartsWith("Only the service desk's agents", stranger.Invoke!.Message, StringComparison.Ordinal);
        Assert.Null(await parts.Store.GetAsync("MAJ-000001", default));
    }
}
