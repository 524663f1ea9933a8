using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Agents;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Announcements.Agents;

public sealed class AnnouncementChannelSetupHandlerTests
{
    private const string TeamId = "19:all-company@thread.tacv2";
    private const string ChannelId = "19:announcements@thread.tacv2";
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private readonly Mock<IAnnouncementChannelStore> store = new();
    private readonly Mock<ITeamRoster> roster = new(MockBehavior.Strict);

    private AnnouncementChannelSetupHandler Handler() => new(
        store.Object, roster.Object, Options.Create(new AgentQueueOptions { Administrators = ["aad-admin"] }), new FakeTimeProvider(Now),
        NullLogger<AnnouncementChannelSetupHandler>.Instance);

    private static Turn Click(string userId = "29:owner", string? aad = null, string locale = "fr-FR", ConversationKind kind = ConversationKind.Channel) =>
        new(TurnKind.CardAction, "act-1", new Person(userId, aad, "Camille Owner"),
            new ConversationReference("https://smba.example/emea/", ChannelId + ";messageid=1700000000001", "tenant-1", "msteams", kind, "28:bot", TeamId, ChannelId),
            locale, null, null, new CardAction(AnnouncementVerbs.UseChannel, JsonSerializer.SerializeToElement(new { verb = AnnouncementVerbs.UseChannel }), true), Now);

    private void RosterSays(TeamRole role) =>
        roster.Setup(r => r.RoleOfAsync(It.Is<ConversationReference>(c => c.TeamId == TeamId && c.ConversationId == ChannelId), It.IsAny<Person>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(role);

    [Fact]
    public async Task A_team_owner_chooses_the_channel_and_it_is_stored_with_their_language()
    {
        RosterSays(TeamRole.Owner);

        var result = await Handler().HandleAsync(Click(), default);

        var card = result.Invoke!.Card!;
        Assert.Contains("Canal des annonces choisi", string.Join(" ", card.Body.OfType<TextBlock>().Select(t => t.Text)), StringComparison.Ordinal);
        store.Verify(s => s.SaveAsync(
            It.Is<AnnouncementChannelSetting>(x => x.Channel.ConversationId == ChannelId && x.Channel.TeamsChannelId == ChannelId && x.Locale == "fr-FR" && x.SetById == "29:owner"),
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData(TeamRole.Member, "Seul un propriétaire de cette équipe")]
    [InlineData(TeamRole.Unknown, "Je n'ai pas pu lire les membres")]
    public async Task Anyone_but_an_owner_is_refused_and_nothing_is_stored(TeamRole role, string expected)
    {
        RosterSays(role);

        var result = await Handler().HandleAsync(Click(), default);

        Assert.StartsWith(expected, result.Invoke!.Message, StringComparison.Ordinal);
        store.Verify(s => s.SaveAsync(It.IsAny<AnnouncementChannelSetting>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task A_configured_administrator_needs_no_roster_and_a_personal_chat_is_refused()
    {
        var admin = await Handler().HandleAsync(Click("29:someone", "aad-admin"), default);
        var personal = await Handler().HandleAsync(Click(kind: ConversationKind.Personal), default);

        Assert.NotNull(admin.Invoke!.Card);
        Assert.Null(personal.Invoke!.Card);
        store.Verify(s => s.SaveAsync(It.IsAny<AnnouncementChannelSetting>(), It.IsAny<CancellationToken>()), Times.Once);
    }
}
