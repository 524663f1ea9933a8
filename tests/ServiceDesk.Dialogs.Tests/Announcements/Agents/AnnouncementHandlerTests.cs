using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Agents;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Tests.Agents;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.Announcements.Agents;

/// <summary>The declare form's and the control card's buttons, on in-memory stores (the host tests cover the same through /api/messages).</summary>
public sealed class AnnouncementHandlerTests
{
    private readonly AnnouncementDeskParts parts = new();

    private AnnouncementDeclareHandler Declare() => new(parts.Desk, parts.Audiences, parts.Clock, NullLogger<AnnouncementDeclareHandler>.Instance);

    private AnnouncementControlHandler Control() => new(parts.Desk, parts.Clock, NullLogger<AnnouncementControlHandler>.Instance);

    private static Turn Click(TicketPerson who, string verb, JsonObject data, string locale = "en-US", bool invoke = true, string? replyTo = "card-7") =>
        Raw(new Person(who.Id, who.AadObjectId, who.Name), verb, JsonSerializer.SerializeToElement(data), locale, invoke) with { ReplyToId = replyTo };

    private static JsonObject Form(Announcement draft, bool french = false) => new()
    {
        ["announcement"] = draft.Id, ["version"] = draft.Version, ["service"] = "VPN", ["title"] = "VPN down", ["whatUsersSee"] = "Cannot connect.",
        ["impact"] = "Remote staff blocked.", ["nextUpdateMinutes"] = "30",
        ["titleFr"] = french ? "VPN en panne" : "", ["whatUsersSeeFr"] = french ? "Connexion impossible." : "", ["impactFr"] = french ? "Télétravail bloqué." : "",
    };

    private async Task<Announcement> DraftAsync() => await parts.Store.CreateAsync(OutageCommand.Empty, Alice, parts.Clock.GetUtcNow(), default);

    [Fact]
    public async Task Preview_in_French_shows_the_French_text_above_the_form_and_keeps_the_chosen_next_update()
    {
        var draft = await DraftAsync();

        var result = await Declare().HandleAsync(Click(Alice, AnnouncementVerbs.Preview, Form(draft, french: true), "fr-FR"), default);

        var card = CardJson.Serialize(result.Invoke!.Card!);
        Assert.Contains("VPN en panne", card, StringComparison.Ordinal);
        Assert.Contains("Aperçu", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"30\"", card, StringComparison.Ordinal);
        var saved = (await parts.Store.GetAsync(draft.Id, default))!;
        Assert.Equal((AnnouncementStatus.Draft, 2, "VPN en panne"), (saved.Status, saved.Version, saved.Content.French?.Title));
        Assert.Equal(parts.Clock.GetUtcNow().AddMinutes(30), saved.Content.NextUpdateAt);
    }

    [Fact]
    public async Task Publish_by_Action_Submit_answers_with_the_control_card_and_keeps_where_the_card_is()
    {
        var draft = await DraftAsync();

        var result = await Declare().HandleAsync(Click(Bob, AnnouncementVerbs.Publish, Form(draft), invoke: false), default);

        Assert.NotNull(Assert.Single(result.Replies).Card);
        var published = (await parts.Store.GetAsync(draft.Id, default))!;
        Assert.Equal((AnnouncementStatus.Published, "card-7", ThreadId), (published.Status, published.ControlPost?.ActivityId, published.ControlPost?.Thread.ConversationId));
        parts.Broadcaster.Verify(b => b.BroadcastAsync(It.Is<Announcement>(a => a.Version == published.Version), It.IsAny<CancellationToken>()), Times.Once);
        var put = Assert.Single(parts.Outbox.Drafts);
        Assert.Equal((OutboxKind.UpdateActivity, "card-7"), (put.Kind, put.ActivityId));
    }

    [Fact]
    public async Task Publish_from_a_ticket_links_it_and_a_card_of_unknown_origin_is_not_refreshed()
    {
        var draft = await DraftAsync();
        var form = Form(draft);
        form["ticket"] = "INC-000042";

        await Declare().HandleAsync(Click(Alice, AnnouncementVerbs.Publish, form, replyTo: null), default);

        parts.Links.Verify(l => l.LinkAsync(draft.Id, Number, It.Is<TicketPerson>(p => p.Id == Alice.Id), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Null((await parts.Store.GetAsync(draft.Id, default))!.ControlPost);
        Assert.Empty(parts.Outbox.Drafts);
    }

    [Fact]
    public async Task An_update_without_text_is_refused_on_the_control_card_and_nothing_is_saved_or_sent()
    {
        var published = parts.Published();

        var result = await Control().HandleAsync(Click(Alice, AnnouncementVerbs.PostUpdate, new JsonObject { ["announcement"] = published.Id, ["version"] = published.Version, ["updateText"] = " " }), default);

        Assert.Contains("Update: please fill it in.", CardJson.Serialize(result.Invoke!.Card!), StringComparison.Ordinal);
        Assert.Equal(published.Version, (await parts.Store.GetAsync(published.Id, default))!.Version);
        parts.Broadcaster.Verify(b => b.BroadcastAsync(It.IsAny<Announcement>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Cancel_of_a_published_announcement_is_broadcast_as_withdrawn_and_resolves_nothing()
    {
        var published = parts.Published();

        var result = await Control().HandleAsync(Click(Bob, AnnouncementVerbs.Cancel, new JsonObject { ["announcement"] = published.Id, ["version"] = published.Version, ["cancelReason"] = "Declared by mistake." }), default);

        var cancelled = (await parts.Store.GetAsync(published.Id, default))!;
        Assert.Equal(AnnouncementStatus.Cancelled, cancelled.Status);
        Assert.Empty(result.Invoke!.Card!.Actions!);
        parts.Broadcaster.Verify(b => b.BroadcastAsync(It.Is<Announcement>(a => a.Status == AnnouncementStatus.Cancelled), It.IsAny<CancellationToken>()), Times.Once);
        parts.Links.Verify(l => l.ResolveLinkedAsync(It.IsAny<Announcement>(), It.IsAny<TicketPerson>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Resolve_turns_the_control_card_resolved_green_with_no_live_button()
    {
        var published = parts.Published();
        var before = CardJson.Serialize(ServiceDesk.Dialogs.Announcements.AnnouncementControlCard.Build(published, AnnouncementDelivery.None, ServiceDesk.Dialogs.Localization.Texts.English, TimeZoneInfo.Utc));
        Assert.Contains("\"style\":\"attention\"", before, StringComparison.Ordinal);

        var result = await Control().HandleAsync(Click(Alice, AnnouncementVerbs.Resolve, new JsonObject { ["announcement"] = published.Id, ["version"] = published.Version }), default);

        var card = result.Invoke!.Card!;
        var json = CardJson.Serialize(card);
        Assert.Contains("\"style\":\"good\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"style\":\"attention\"", json, StringComparison.Ordinal);
        Assert.Contains("Resolved", json, StringComparison.Ordinal);
        Assert.Empty(card.Actions!);
        Assert.DoesNotContain("Action.Execute", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_of_an_already_resolved_announcement_from_an_old_card_changes_nothing()
    {
        var published = parts.Published();
        var resolve = new JsonObject { ["announcement"] = published.Id, ["version"] = published.Version };
        await Control().HandleAsync(Click(Alice, AnnouncementVerbs.Resolve, resolve), default);

        var again = await Control().HandleAsync(Click(Bob, AnnouncementVerbs.Resolve, resolve), default);

        Assert.Contains("was changed by Alice Agent since your card", CardJson.Serialize(again.Invoke!.Card!), StringComparison.Ordinal);
        parts.Links.Verify(l => l.ResolveLinkedAsync(It.IsAny<Announcement>(), It.IsAny<TicketPerson>(), It.IsAny<CancellationToken>()), Times.Once);
        parts.Broadcaster.Verify(b => b.BroadcastAsync(It.IsAny<Announcement>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_card_without_an_id_or_with_a_bad_version_is_refused()
    {
        var missing = await Declare().HandleAsync(Click(Alice, AnnouncementVerbs.Publish, new JsonObject { ["title"] = "x" }), default);
        var odd = await Control().HandleAsync(Click(Alice, AnnouncementVerbs.Resolve, new JsonObject { ["announcement"] = "MAJ-000001", ["version"] = "-1" }), default);

        Assert.Equal("This card is not valid. Type outage to start a new announcement.", missing.Invoke!.Message);
        Assert.Equal(missing.Invoke.Message, odd.Invoke!.Message);
    }
}
