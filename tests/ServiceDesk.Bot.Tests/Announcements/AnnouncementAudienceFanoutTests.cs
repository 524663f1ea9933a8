using System.Collections.Concurrent;
using Moq;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Agents;
using ServiceDesk.Dialogs.Announcements.Audiences;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Tests.Announcements;

/// <summary>
/// The fan-out of an audience from the directory (its ports as Moq mocks, the rest as the bot composes it): people
/// paged from the directory, the app installed before their 1:1 chat is created, a throttled installation pausing
/// the fan-out for Retry-After at its place, a refused one counted and reported, never a card twice.
/// </summary>
public sealed class AnnouncementAudienceFanoutTests
{
    private static readonly string[] Members = [.. Enumerable.Range(1, 5).Select(i => $"aaaaaaaa-0000-0000-0000-{i:D12}")];

    private static Mock<IAudienceDirectory> Directory()
    {
        var directory = new Mock<IAudienceDirectory>();
        directory.SetupGet(d => d.IsOn).Returns(true);
        directory.Setup(d => d.ListAsync(AnnouncementAudience.Department, "Finance", null, It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AudiencePage(AudienceStatus.Ok, [.. Members.Take(3).Select(m => new AudienceMember(m, m == Members[2] ? "fr-FR" : null))], "page-2"));
        directory.Setup(d => d.ListAsync(AnnouncementAudience.Department, "Finance", "page-2", It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AudiencePage(AudienceStatus.Ok, [.. Members.Skip(3).Select(m => new AudienceMember(m, null))], null));
        return directory;
    }

    private static Announcement ToFinance(Announcement draft, FanoutConnector connector) => draft with
    {
        Audience = AnnouncementAudience.Department,
        AudienceValue = "Finance",
        AudienceName = "Finance",
        AudienceSize = Members.Length,
        ControlPost = new AnnouncementControlPost(
            new ConversationReference(connector.ServiceUrl, "19:agents@thread.tacv2;messageid=1", FanoutHarness.Tenant, "msteams", ConversationKind.Channel, "28:bot"),
            "control-1", "en-US"),
    };

    [Fact]
    public async Task A_throttled_installation_pauses_the_fan_out_for_Retry_After_at_its_place_and_a_refused_one_is_counted_not_reachable()
    {
        await using var connector = await FanoutConnector.StartAsync();
        var installs = new ConcurrentQueue<(string User, DateTimeOffset At)>();
        var installer = new Mock<ITeamsAppInstaller>();
        installer.SetupGet(i => i.IsOn).Returns(true);
        var throttledOnce = 0;
        installer.Setup(i => i.InstallAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((string user, CancellationToken _) =>
        {
            installs.Enqueue((user, DateTimeOffset.UtcNow));
            return user == Members[3] && Interlocked.Exchange(ref throttledOnce, 1) == 0 ? new AppInstall(InstallStatus.Throttled, TimeSpan.FromSeconds(1))
                : user == Members[1] ? new AppInstall(InstallStatus.Denied)
                : user == Members[0] ? new AppInstall(InstallStatus.AlreadyInstalled)
                : new AppInstall(InstallStatus.Installed);
        });
        await using var harness = new FanoutHarness(connector, pageSize: 3, audiences: Directory().Object, installer: installer.Object);
        await harness.StartFanoutWorkerAsync();
        await harness.StartOutboxWorkerAsync();

        var published = await harness.PublishAsync(draft => ToFinance(draft, connector));

        await harness.WaitForCountsAsync(published.Id, new AnnouncementDelivery(0, 4, 0, 1) { Installed = 3, NotInstalled = 1 });
        foreach (var member in Members.Where(m => m != Members[1]))
        {
            var card = Assert.Single(connector.To("a:chat-" + member));
            Assert.Equal(("POST", (int?)published.Version), (card.Method, card.Version));
        }

        Assert.Empty(connector.To("a:chat-" + Members[1]));
        Assert.Contains("VPN en panne", Assert.Single(connector.To("a:chat-" + Members[2])).Card, StringComparison.Ordinal);
        // The audience is exactly these people: no post in the announcements channel.
        Assert.Empty(connector.To(FanoutHarness.ChannelId));
        // Page 1 was not planned again after the pause; the throttled person was asked again after Graph's Retry-After.
        var asked = installs.ToList();
        Assert.Equal(1, asked.Count(i => i.User == Members[0]));
        var throttled = asked.Where(i => i.User == Members[3]).ToList();
        Assert.Equal(2, throttled.Count);
        Assert.True(throttled[1].At - throttled[0].At >= TimeSpan.FromSeconds(0.9), $"asked again after {(throttled[1].At - throttled[0].At).TotalSeconds} s");
    }

    [Fact]
    public async Task An_update_edits_the_cards_of_the_audience_in_place_and_installs_nothing_again()
    {
        await using var connector = await FanoutConnector.StartAsync();
        var installer = new Mock<ITeamsAppInstaller>();
        installer.SetupGet(i => i.IsOn).Returns(true);
        installer.Setup(i => i.InstallAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(new AppInstall(InstallStatus.Installed));
        await using var harness = new FanoutHarness(connector, pageSize: 3, audiences: Directory().Object, installer: installer.Object);
        await harness.StartFanoutWorkerAsync();
        await harness.StartOutboxWorkerAsync();
        var published = await harness.PublishAsync(draft => ToFinance(draft, connector));
        await harness.WaitForCountsAsync(published.Id, new AnnouncementDelivery(0, 5, 0, 0) { Installed = 5 });

        var updated = await harness.SaveAndBroadcastAsync(published,
            AnnouncementRules.PostUpdate(published, FanoutHarness.Agent, "Fix under way.", null, null, DateTimeOffset.UtcNow));

        foreach (var member in Members)
        {
            await FanoutHarness.WaitUntilAsync(() => Task.FromResult(connector.To("a:chat-" + member).Count == 2), $"{member}'s card edited");
            var edit = connector.To("a:chat-" + member)[1];
            Assert.Equal(("PUT", connector.To("a:chat-" + member)[0].AnsweredId, (int?)updated.Version), (edit.Method, edit.UpdatedActivityId, edit.Version));
        }

        installer.Verify(i => i.InstallAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Exactly(Members.Length));
    }
}
