using System.Text.Json.Nodes;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Employees;
using ServiceDesk.Dialogs.Tests.Flows;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tests.Routing;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using static ServiceDesk.Dialogs.Tests.Announcements.AnnouncementSamples;

namespace ServiceDesk.Dialogs.Tests.Announcements.Employees;

public sealed class AnnouncementReactionHandlerTests
{
    private readonly InMemoryAnnouncements _store = new();

    private AnnouncementReactionHandler Handler() => new(_store, new FakeTimeProvider(T0.AddMinutes(20)));

    private static Turn Click(string verb, string locale = "en-US", string user = "29:jean", string id = "MAJ-000012", int version = 2, bool invoke = true) =>
        TurnFactory.Card(locale, verb, new JsonObject { ["verb"] = verb, [AnnouncementVerbs.IdField] = id, [AnnouncementVerbs.VersionField] = version }, invoke, user);

    [Fact]
    public async Task Affected_FirstClick_IsCounted_AndTheAnswerIsTheCardWithTheCountsAndWhatHappensNext()
    {
        _store.Put(Published());

        var result = await Handler().HandleAsync(Click(AnnouncementVerbs.Affected), default);

        var text = ConversationScript.Text(result);
        Assert.Contains("you're counted as affected. I'll tell you here when it's fixed", text, StringComparison.Ordinal);
        Assert.Contains("1 affected so far · 0 acknowledged", text, StringComparison.Ordinal);
        // The button used is gone from the reader's card; the other stays.
        Assert.DoesNotContain("(I'm affected too)", text, StringComparison.Ordinal);
        Assert.Contains("(Acknowledge)", text, StringComparison.Ordinal);
        var reactor = Assert.Single(await _store.ListReactorsAsync("MAJ-000012", AnnouncementReactionKind.Affected, default));
        Assert.Equal(("29:jean", T0.AddMinutes(20)), (reactor.Employee.Id, reactor.At));
    }

    [Fact]
    public async Task Affected_ClickedTwice_IsCountedOnce_AndSaysSo()
    {
        _store.Put(Published());
        await Handler().HandleAsync(Click(AnnouncementVerbs.Affected), default);

        var again = await Handler().HandleAsync(Click(AnnouncementVerbs.Affected), default);

        Assert.Contains("You're already counted as affected", ConversationScript.Text(again), StringComparison.Ordinal);
        Assert.Equal(new AnnouncementCounts(1, 0), (await _store.GetAsync("MAJ-000012", default))!.Counts);
    }

    [Fact]
    public async Task Acknowledge_InFrench_CountsEachEmployeeOnce_InTheirLanguage()
    {
        _store.Put(Published(French));
        await Handler().HandleAsync(Click(AnnouncementVerbs.Acknowledge, user: "29:alice"), default);

        var result = await Handler().HandleAsync(Click(AnnouncementVerbs.Acknowledge, "fr-FR"), default);

        var text = ConversationScript.Text(result);
        Assert.Contains("Merci d'en avoir pris connaissance.", text, StringComparison.Ordinal);
        Assert.Contains("Personnes touchées à ce jour : 0 · prises de connaissance : 2", text, StringComparison.Ordinal);
        Assert.Contains("VPN en panne", text, StringComparison.Ordinal);
        Assert.Contains("(Je suis aussi touché)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Click_OnAnOlderVersionOfTheCard_IsCounted_AndAnswersWithTheLatestVersion()
    {
        var updated = AnnouncementRules.PostUpdate(Published(), Agent, "Engineers are restarting the gateway.", null, null, T0.AddMinutes(15)).Announcement;
        _store.Put(updated);

        var result = await Handler().HandleAsync(Click(AnnouncementVerbs.Affected, version: 2), default);

        Assert.Contains("Engineers are restarting the gateway.", ConversationScript.Text(result), StringComparison.Ordinal);
        Assert.Equal(3, RouterHarnessData(result)[AnnouncementVerbs.VersionField]!.GetValue<int>());
        Assert.Equal(1, (await _store.GetAsync("MAJ-000012", default))!.Counts.Affected);
    }

    [Fact]
    public async Task Click_AfterTheOutageIsResolved_CountsNothing_AndShowsTheResolvedCard()
    {
        _store.Put(AnnouncementRules.Resolve(Published(), Agent, "Gateway replaced.", null, T0.AddMinutes(10)).Announcement);

        var result = await Handler().HandleAsync(Click(AnnouncementVerbs.Affected), default);

        var text = ConversationScript.Text(result);
        Assert.Contains("This outage is already over", text, StringComparison.Ordinal);
        Assert.Contains("Service restored: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(I'm affected too)", text, StringComparison.Ordinal);
        Assert.Empty(await _store.ListReactorsAsync("MAJ-000012", AnnouncementReactionKind.Affected, default));
    }

    [Theory]
    [InlineData("MAJ-999999")]
    [InlineData("")]
    [InlineData("MAJ-000012-and-a-very-long-forged-identifier")]
    public async Task Click_OnAnUnknownOrForgedAnnouncement_IsAClearMessage_AndCountsNothing(string id)
    {
        _store.Put(Published());

        var result = await Handler().HandleAsync(Click(AnnouncementVerbs.Affected, id: id), default);

        Assert.Equal("I can't find this announcement any more. Ask me \"is there an outage?\" for the current ones.", Assert.IsType<InvokeAnswer>(result.Invoke).Message);
        Assert.Equal(AnnouncementCounts.None, (await _store.GetAsync("MAJ-000012", default))!.Counts);
    }

    [Fact]
    public async Task Click_OnADraft_IsUnknownToEmployees()
    {
        _store.Put(Draft());

        var result = await Handler().HandleAsync(Click(AnnouncementVerbs.Acknowledge, version: 1), default);

        Assert.StartsWith("I can't find this announcement", result.Invoke!.Message, StringComparison.Ordinal);
        Assert.Equal(AnnouncementCounts.None, (await _store.GetAsync("MAJ-000012", default))!.Counts);
    }

    [Fact]
    public async Task Submit_FromAnOldClient_AnswersWithTheCardAsAMessage()
    {
        _store.Put(Published());

        var result = await Handler().HandleAsync(Click(AnnouncementVerbs.Acknowledge, invoke: false), default);

        Assert.Null(result.Invoke);
        Assert.Contains("Thanks for acknowledging.", ConversationScript.Text(result), StringComparison.Ordinal);
    }

    private static JsonObject RouterHarnessData(TurnResult result) =>
        Conversation.RouterHarness.DataOf(result.Invoke!.Card!, AnnouncementVerbs.Acknowledge);

    [Fact]
    public async Task TheAnswersCard_RefreshesItselfForTheReader_AndTheRefreshShowsTheResolution()
    {
        _store.Put(Published());
        var answer = (await Handler().HandleAsync(Click(AnnouncementVerbs.Acknowledge, user: "29:marie"), default)).Invoke!.Card!;
        Assert.Equal(["29:marie"], answer.Refresh!.UserIds);
        Assert.Equal(AnnouncementVerbs.Refresh, Assert.IsType<ServiceDesk.Cards.ExecuteAction>(answer.Refresh.Action).Verb);
        _store.Put(AnnouncementRules.Resolve(Published(), Agent, "Gateway replaced.", null, T0.AddMinutes(10)).Announcement);

        var refreshed = await Handler().HandleAsync(Click(AnnouncementVerbs.Refresh, user: "29:marie"), default);

        var text = ConversationScript.Text(refreshed);
        Assert.Contains("Service restored: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(Acknowledge)", text, StringComparison.Ordinal);
        Assert.Null(refreshed.Invoke!.Card!.Refresh);
        Assert.Equal(new AnnouncementCounts(0, 1), (await _store.GetAsync("MAJ-000012", default))!.Counts);
    }

    [Fact]
    public async Task ARefreshWhileTheOutageLasts_CountsNothing_AndKeepsBothButtons()
    {
        _store.Put(Published());

        var refreshed = await Handler().HandleAsync(Click(AnnouncementVerbs.Refresh), default);

        var text = ConversationScript.Text(refreshed);
        Assert.Contains("(I'm affected too)", text, StringComparison.Ordinal);
        Assert.Contains("(Acknowledge)", text, StringComparison.Ordinal);
        Assert.Equal(new AnnouncementCounts(0, 0), (await _store.GetAsync("MAJ-000012", default))!.Counts);
    }
}
