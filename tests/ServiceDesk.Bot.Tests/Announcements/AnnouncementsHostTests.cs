using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Bot.Tests.Announcements.AnnouncementsHostHarness;

namespace ServiceDesk.Bot.Tests.Announcements;

/// <summary>
/// An agent works an outage through the real host: <c>outage</c> → Preview → Publish → Post update → Resolve, each
/// saved change handed to the fan-out once; a double Publish, two agents at once, empty fields and a non-agent.
/// </summary>
public sealed class AnnouncementsHostTests : IAsyncLifetime
{
    private AnnouncementsHostHarness _host = null!;

    public async Task InitializeAsync() => _host = await AnnouncementsHostHarness.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Outage_Preview_Publish_Update_Resolve_EachChangeIsBroadcastOnce_AndTheControlCardFollows()
    {
        var (id, version) = Identity(await DeclareFormAsync());

        var preview = Card(await _host.InvokeAsync(Alex, "announcement.preview", Form(id, version)));
        Assert.Contains("Preview: this is what employees will see", preview.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Email is down", preview.ToJsonString(), StringComparison.Ordinal);
        _host.Broadcaster.Verify(b => b.BroadcastAsync(It.IsAny<Announcement>(), It.IsAny<CancellationToken>()), Times.Never);
        (_, version) = Identity(preview);

        var control = Card(await _host.InvokeAsync(Alex, "announcement.publish", Form(id, version)));
        var published = (await _host.Store.GetAsync(id, default))!;
        Assert.Equal(AnnouncementStatus.Published, published.Status);
        Assert.Equal((AnnouncementsHostHarness.Thread, CardActivity), (published.ControlPost?.Thread.ConversationId, published.ControlPost?.ActivityId));
        Assert.Contains("8,700", control.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("announcement.update", control.ToJsonString(), StringComparison.Ordinal);
        var put = await ControlPutAsync(published);
        Assert.Equal((CardActivity, AnnouncementsHostHarness.Thread), (put.Draft.ActivityId, put.Draft.Target.ConversationId));

        var update = new JsonObject { ["announcement"] = id, ["version"] = published.Version, ["updateText"] = "The mail gateway restarts.", ["nextUpdateMinutes"] = "30" };
        Card(await _host.InvokeAsync(Sam, "announcement.update", update));
        var updated = (await _host.Store.GetAsync(id, default))!;
        Assert.Equal(("The mail gateway restarts.", published.Version + 1), (updated.LatestUpdate?.Text, updated.Version));

        var resolve = new JsonObject { ["announcement"] = id, ["version"] = updated.Version, ["resolution"] = "The gateway is back." };
        var closed = Card(await _host.InvokeAsync(Alex, "announcement.resolve", resolve));
        var resolved = (await _host.Store.GetAsync(id, default))!;
        Assert.Equal(AnnouncementStatus.Resolved, resolved.Status);
        Assert.DoesNotContain("announcement.update", closed.ToJsonString(), StringComparison.Ordinal);

        // One broadcast per version employees see: published, updated, resolved; and the linked incidents resolved once.
        var broadcast = _host.Broadcaster.Invocations.Where(i => i.Method.Name == nameof(IAnnouncementBroadcaster.BroadcastAsync))
            .Select(i => ((Announcement)i.Arguments[0]!).Version).ToList();
        Assert.Equal([published.Version, updated.Version, resolved.Version], broadcast);
        _host.Links.Verify(l => l.ResolveLinkedAsync(It.Is<Announcement>(a => a.Version == resolved.Version), It.Is<TicketPerson>(p => p.Id == Alex.Id), It.IsAny<CancellationToken>()), Times.Once);
        Assert.NotNull(await ControlPutAsync(resolved));
    }

    [Fact]
    public async Task Publish_ClickedTwiceByTwoAgentsAtOnce_PublishesOnce_AndEveryoneGetsTheControlCard()
    {
        var (id, version) = Identity(await DeclareFormAsync());

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(n => Task.Run(() =>
            _host.InvokeAsync(n % 2 == 0 ? Alex : Sam, "announcement.publish", Form(id, version)))));

        var published = (await _host.Store.GetAsync(id, default))!;
        Assert.Equal(AnnouncementStatus.Published, published.Status);
        var versions = _host.Broadcaster.Invocations.Where(i => i.Method.Name == nameof(IAnnouncementBroadcaster.BroadcastAsync))
            .Select(i => ((Announcement)i.Arguments[0]!).Version).Distinct().ToList();
        Assert.Equal([published.Version], versions);
        var cards = answers.Select(a => Card(a).ToJsonString()).ToList();
        Assert.All(cards, c => Assert.Contains("announcement.resolve", c, StringComparison.Ordinal));
        Assert.Equal(5, cards.Count(c => c.Contains("was already published by Alex Agent", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Publish_WithEmptyFields_IsRefusedWithTheReasons_AndNothingIsSavedOrSent()
    {
        var (id, version) = Identity(await DeclareFormAsync());
        var form = Form(id, version);
        form["title"] = "  ";
        form["impact"] = string.Empty;

        var card = Card(await _host.InvokeAsync(Alex, "announcement.publish", form)).ToJsonString();

        Assert.Contains("Title: please fill it in.", card, StringComparison.Ordinal);
        Assert.Contains("Impact: please fill it in.", card, StringComparison.Ordinal);
        Assert.Equal((AnnouncementStatus.Draft, version), ((await _host.Store.GetAsync(id, default))!.Status, (await _host.Store.GetAsync(id, default))!.Version));
        _host.Broadcaster.Verify(b => b.BroadcastAsync(It.IsAny<Announcement>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Publish_OverTheCardBudget_IsRefusedBeforeAnythingIsSent()
    {
        var (id, version) = Identity(await DeclareFormAsync());
        var form = Form(id, version);
        form["whatUsersSee"] = new string('€', 8_000);
        form["impact"] = new string('€', 4_000);

        var card = Card(await _host.InvokeAsync(Alex, "announcement.publish", form)).ToJsonString();

        Assert.Contains("too long for a Teams card", card, StringComparison.Ordinal);
        Assert.Equal(AnnouncementStatus.Draft, (await _host.Store.GetAsync(id, default))!.Status);
        _host.Broadcaster.Verify(b => b.BroadcastAsync(It.IsAny<Announcement>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task NonAgent_CannotDeclarePublishOrResolve_AndNothingChanges()
    {
        var refused = await _host.MentionAsync(Employee, "outage");
        Assert.Contains("agents", (string?)refused?["text"], StringComparison.Ordinal);

        var (id, version) = Identity(await DeclareFormAsync());
        var publish = Message(await _host.InvokeAsync(Employee, "announcement.publish", Form(id, version)));
        Assert.Equal("Only the service desk's agents can declare or change an outage announcement. Nothing was changed.", publish);

        Card(await _host.InvokeAsync(Alex, "announcement.publish", Form(id, version)));
        var published = (await _host.Store.GetAsync(id, default))!;
        var resolve = Message(await _host.InvokeAsync(Employee, "announcement.resolve", new JsonObject { ["announcement"] = id, ["version"] = published.Version }));
        Assert.Contains("Only the service desk's agents", resolve, StringComparison.Ordinal);
        Assert.Equal((AnnouncementStatus.Published, published.Version), ((await _host.Store.GetAsync(id, default))!.Status, (await _host.Store.GetAsync(id, default))!.Version));
        _host.Broadcaster.Verify(b => b.BroadcastAsync(It.IsAny<Announcement>(), It.IsAny<CancellationToken>()), Times.Once);
        _host.Links.Verify(l => l.ResolveLinkedAsync(It.IsAny<Announcement>(), It.IsAny<TicketPerson>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Update_FromAnOlderControlCard_ShowsTheCurrentOne_AndSendsNothing()
    {
        var (id, version) = Identity(await DeclareFormAsync());
        Card(await _host.InvokeAsync(Alex, "announcement.publish", Form(id, version)));
        var published = (await _host.Store.GetAsync(id, default))!;
        Card(await _host.InvokeAsync(Sam, "announcement.update", new JsonObject { ["announcement"] = id, ["version"] = published.Version, ["updateText"] = "Restarting." }));

        var stale = Card(await _host.InvokeAsync(Alex, "announcement.update", new JsonObject { ["announcement"] = id, ["version"] = published.Version, ["updateText"] = "Same again." }));

        Assert.Contains($"{id} was changed by Sam Agent since your card", stale.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Restarting.", (await _host.Store.GetAsync(id, default))!.LatestUpdate?.Text);
        Assert.Equal(2, _host.Broadcaster.Invocations.Count(i => i.Method.Name == nameof(IAnnouncementBroadcaster.BroadcastAsync)));
    }

    [Fact]
    public async Task LinkIncident_OnTheControlCard_CallsTheLinks_AndSaysWhatHappened()
    {
        var (id, version) = Identity(await DeclareFormAsync());
        Card(await _host.InvokeAsync(Alex, "announcement.publish", Form(id, version)));
        _host.Links.Setup(l => l.LinkAsync(id, TicketNumber.Parse("INC-000042"), It.IsAny<TicketPerson>(), It.IsAny<CancellationToken>())).ReturnsAsync(LinkOutcome.Linked);

        var card = Card(await _host.InvokeAsync(Sam, "announcement.link", new JsonObject { ["announcement"] = id, ["version"] = 1, ["linkTicket"] = "inc-000042" }));

        Assert.Contains("INC-000042 is linked", card.ToJsonString(), StringComparison.Ordinal);
        var bad = Card(await _host.InvokeAsync(Sam, "announcement.link", new JsonObject { ["announcement"] = id, ["version"] = 1, ["linkTicket"] = "42" }));
        Assert.Contains("INC-000123", bad.ToJsonString(), StringComparison.Ordinal);
        _host.Links.Verify(l => l.LinkAsync(It.IsAny<string>(), It.IsAny<TicketNumber>(), It.IsAny<TicketPerson>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task DeclareMajorIncident_OnATicketCard_PostsTheFormInItsThread_AndPublishLinksTheTicket()
    {
        var tickets = _host.Factory.Services.GetRequiredService<ITicketStore>();
        var now = DateTimeOffset.UtcNow;
        var requester = new TicketPerson("29:requester", null, "Camille Martin");
        var template = new Ticket
        {
            Number = new TicketNumber(TicketKind.Incident, 1), Version = 0, Status = TicketStatus.New, Title = "Mail does not arrive",
            Description = "Since 9:00 no email arrives.", Category = "email", Impact = Impact.High, Urgency = Urgency.High,
            Priority = Priority.P1, Requester = requester, CreatedAt = now, UpdatedAt = now, Sla = new SlaState(now.AddHours(1), now.AddHours(4)),
        };
        var ticket = await tickets.CreateAsync(new TicketDraft(TicketKind.Incident, template, new TicketEvent(now, requester, TicketEventKind.Created, [])), null, default);
        var before = _host.Connector.Received.Count;

        var answer = Message(await _host.InvokeAsync(Sam, "announcement.declare", new JsonObject { ["ticket"] = ticket.Number.ToString(), ["ticketVersion"] = ticket.Version }));

        Assert.Equal($"The major incident form for {ticket.Number} is posted below in this thread.", answer);
        var posted = Assert.Single(_host.Connector.Received.Skip(before));
        Assert.Contains(AnnouncementsHostHarness.Thread, posted.Path, StringComparison.Ordinal);
        var form = JsonNode.Parse(posted.Body!.Value.GetRawText())!["attachments"]![0]!["content"]!;
        Assert.Contains("Mail does not arrive", form.ToJsonString(), StringComparison.Ordinal);
        var (id, version) = Identity(form);
        var publish = Form(id, version);
        publish["ticket"] = ticket.Number.ToString();
        _host.Links.Setup(l => l.LinkAsync(id, ticket.Number, It.IsAny<TicketPerson>(), It.IsAny<CancellationToken>())).ReturnsAsync(LinkOutcome.Linked);

        Card(await _host.InvokeAsync(Sam, "announcement.publish", publish));

        _host.Links.Verify(l => l.LinkAsync(id, ticket.Number, It.Is<TicketPerson>(p => p.Id == Sam.Id), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(AnnouncementStatus.Published, (await _host.Store.GetAsync(id, default))!.Status);
    }

    /// <summary>"@Service Desk outage" by Alex: the declare form of a new draft.</summary>
    private async Task<JsonObject> DeclareFormAsync()
    {
        var reply = await _host.MentionAsync(Alex, "outage");
        return reply!["attachments"]![0]!["content"]!.AsObject();
    }

    private async Task<ServiceDesk.Dialogs.Outbox.OutboxRecord> ControlPutAsync(Announcement announcement)
    {
        var outbox = _host.Factory.Services.GetRequiredService<IOutboxStore>();
        var linked = 0;
        var counts = string.Join('.', 1200, 8700, 12, 88, announcement.Counts.Affected, announcement.Counts.Acknowledged, linked);
        var record = await outbox.GetAsync($"{announcement.Id}/v{announcement.Version}/control/{counts}", default);
        Assert.NotNull(record);
        return record;
    }
}
