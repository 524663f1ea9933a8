using ServiceDesk.Dialogs.Agents.Queue;
using Microsoft.Extensions.Options;
using Moq;
using ServiceDesk.Bot.Hosting;
using ServiceDesk.Bot.Teams;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Announcements.Agents;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Tests.Announcements;

public sealed class TeamAnnouncementChannelTests
{
    private static readonly ConfiguredQueue Configured = new()
    {
        ServiceUrl = "https://smba.example/emea/", TeamId = "19:all@thread.tacv2", ChannelId = "19:news@thread.tacv2", TenantId = "tenant-1", Locale = "fr-FR",
    };

    private readonly Mock<IAnnouncementChannelStore> store = new();

    private TeamAnnouncementChannel Channel(ConfiguredQueue? configured) => new(
        store.Object, Options.Create(new AnnouncementChannelOptions { Channel = configured }), Options.Create(new BotOptions { AppId = "app-1" }));

    [Fact]
    public async Task The_configured_channel_is_addressed_like_one_chosen_on_the_card()
    {
        var channel = await Channel(Configured).GetAsync(default);

        Assert.Equal(
            new ConversationReference("https://smba.example/emea/", "19:news@thread.tacv2", "tenant-1", "msteams", ConversationKind.Channel, "28:app-1", "19:all@thread.tacv2", "19:news@thread.tacv2"),
            channel?.Channel);
        Assert.Equal(("fr-FR", false), (channel!.Locale, channel.Blocked));
    }

    [Fact]
    public async Task A_channel_chosen_on_the_setup_card_wins_over_the_setting_and_none_at_all_is_null()
    {
        var chosen = new ConversationReference("https://smba.example/amer/", "19:outages@thread.tacv2", "tenant-1", "msteams", ConversationKind.Channel, "28:app-1", "19:it@thread.tacv2", "19:outages@thread.tacv2");
        Assert.Null(await Channel(null).GetAsync(default));

        store.Setup(s => s.GetAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new AnnouncementChannelSetting(chosen, "29:owner", "Owner", "en-US", DateTimeOffset.UnixEpoch));

        Assert.Equal(new ServiceDesk.Dialogs.Announcements.AnnouncementsChannel(chosen, "en-US"), await Channel(Configured).GetAsync(default));
    }

    [Theory]
    [InlineData("Announcements:Channel:ServiceUrl", "not a url", "Announcements:Channel")]
    [InlineData("Announcements:WatchSeconds", "0", "Announcements:WatchSeconds")]
    public void A_bad_announcements_setting_stops_the_bot_naming_it(string key, string value, string expected)
    {
        using var factory = new BotHostFactory(new Dictionary<string, string?>
        {
            ["Announcements:Channel:ServiceUrl"] = "https://smba.example/",
            ["Announcements:Channel:TeamId"] = "19:team@thread.tacv2",
            ["Announcements:Channel:ChannelId"] = "19:team@thread.tacv2",
            [key] = value,
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_action_remembers_the_card_it_came_from()
    {
        var invoke = System.Text.Json.JsonSerializer.Deserialize<ServiceDesk.Bot.Protocol.Activity>(
            ActivityFixtures.Read("adaptive-card-action-invoke"), ServiceDesk.Bot.Protocol.ProtocolJson.Options)!;

        Assert.Equal("1763630000000", TeamsTurnMapper.Map(invoke)!.ReplyToId);
    }
}
