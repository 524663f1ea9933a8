using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Employees;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows;
using static ServiceDesk.Dialogs.Tests.Announcements.AnnouncementSamples;

namespace ServiceDesk.Dialogs.Tests.Announcements.Employees;

/// <summary>"Is there an outage?" through the real router and recogniser, in English and French.</summary>
public sealed class OutageBoardTests
{
    private readonly InMemoryAnnouncements _store = new();
    private readonly RouterHarness _harness = new();

    public OutageBoardTests() => _harness.Board = new OutageBoard(_store);

    private void TwoActiveAndOneResolved()
    {
        _store.Put(Published(French));
        var mail = AnnouncementRules.Publish(
            Announcement.NewDraft("MAJ-000013", Content() with { Service = "Email", English = new("Mail delayed", "Mails arrive late.", "Everyone.") }, Agent, T0),
            T0.AddMinutes(30)).Announcement;
        _store.Put(mail);
        var old = AnnouncementRules.Resolve(
            AnnouncementRules.Publish(Announcement.NewDraft("MAJ-000011", Content() with { Service = "Printers" }, Agent, T0.AddDays(-1)), T0.AddDays(-1)).Announcement,
            Agent, null, null, T0.AddHours(-20)).Announcement;
        _store.Put(old);
    }

    [Theory]
    [InlineData("en-US", "is there an outage?", "Outages announced right now: 2", "VPN down", "(I'm affected too)")]
    [InlineData("fr-FR", "Y a-t-il une panne ?", "Pannes annoncées en ce moment : 2", "VPN en panne", "(Je suis aussi touché)")]
    public async Task IsThereAnOutage_ListsEveryActiveAnnouncement_AsCardsInTheReadersLanguage(string locale, string asked, string intro, string title, string button)
    {
        TwoActiveAndOneResolved();

        var result = await new ConversationScript(_harness, locale).DoAsync("type: " + asked);

        Assert.Equal(intro, result.Replies[0].Text);
        var cards = result.Replies.Skip(1).Select(r => ConversationScript.CardText(r.Card!)).ToList();
        Assert.Equal(2, cards.Count);
        Assert.Contains(title, cards[0], StringComparison.Ordinal);
        Assert.Contains(button, cards[0], StringComparison.Ordinal);
        // Not only the outages matching a service: the email one is listed too, and in English when it has no French text.
        Assert.Contains("Mail delayed", cards[1], StringComparison.Ordinal);
        Assert.DoesNotContain(cards, c => c.Contains("Printers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IsEmailDown_StillListsEveryActiveOutage_NotOnlyEmail()
    {
        TwoActiveAndOneResolved();

        var result = await new ConversationScript(_harness, "en-US").DoAsync("type: is email down for everyone");

        Assert.Equal(3, result.Replies.Count);
    }

    [Theory]
    [InlineData("en-US", "is there an outage?", "There is no announced outage at the moment.")]
    [InlineData("fr-FR", "Y a-t-il une panne ?", "Aucune panne n'est annoncée")]
    public async Task IsThereAnOutage_WithNoneActive_SaysSo(string locale, string asked, string expected)
    {
        _store.Put(Draft());

        var result = await new ConversationScript(_harness, locale).DoAsync("type: " + asked);

        Assert.StartsWith(expected, Assert.Single(result.Replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_NeverShowsMoreThanTheCap()
    {
        for (var i = 1; i <= OutageBoard.MaxCards + 3; i++)
        {
            _store.Put(AnnouncementRules.Publish(Announcement.NewDraft($"MAJ-{i:000000}", Content(), Agent, T0), T0.AddMinutes(i)).Announcement);
        }

        var replies = await new OutageBoard(_store).ListAsync(Routing.TurnFactory.Message("en-US", "outage"), default);

        Assert.Equal(OutageBoard.MaxCards + 1, replies.Count);
        Assert.Equal("Outages announced right now: 13", replies[0].Text);
    }

    [Fact]
    public async Task CardsShownOnRequest_RefreshThemselvesForTheReader()
    {
        _store.Put(AnnouncementRules.Publish(Announcement.NewDraft("MAJ-000001", Content(), Agent, T0), T0.AddMinutes(1)).Announcement);
        var turn = Routing.TurnFactory.Message("en-US", "is there an outage?");

        var replies = await new OutageBoard(_store).ListAsync(turn, default);

        var refresh = replies[1].Card!.Refresh!;
        Assert.Equal([turn.From.Id], refresh.UserIds);
        var action = Assert.IsType<ServiceDesk.Cards.ExecuteAction>(refresh.Action);
        Assert.Equal(AnnouncementVerbs.Refresh, action.Verb);
        Assert.Equal("MAJ-000001", (string?)action.Data![AnnouncementVerbs.IdField]);
    }
}
