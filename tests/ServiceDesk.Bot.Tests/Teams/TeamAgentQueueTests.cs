using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Tests.Teams;

/// <summary>Which channel takes which tickets, and who the agents are (rosters read through the fake connector).</summary>
public sealed class TeamAgentQueueTests : IAsyncLifetime
{
    private QueueHarness h = null!;

    public async Task InitializeAsync()
    {
        h = await QueueHarness.StartAsync();
        h.Members(QueueHarness.ServiceDeskTeam,
            ("29:ana", "aad-ana", "Ana Agent", "owner"), ("29:bob", "aad-bob", "Bob Agent", null), ("29:chloe", null, "Chloé Agent", "user"));
    }

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task Members_of_the_queue_team_are_agents_and_anyone_else_is_not()
    {
        Assert.True(await h.Queue.IsAgentAsync(new Person("29:bob", null, null), default));
        Assert.True(await h.Queue.IsAgentAsync(new Person("29:other-id-same-person", "AAD-ANA", null), default));
        Assert.False(await h.Queue.IsAgentAsync(new Person("29:employee", "aad-employee", "Eve"), default));
    }

    [Fact]
    public async Task The_roster_is_read_once_and_again_only_after_the_refresh_minutes()
    {
        Assert.Equal(3, (await h.Queue.ListAgentsAsync(default)).Count);
        Assert.True(await h.Queue.IsAgentAsync(new Person("29:ana", null, null), default));
        h.Clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(3, (await h.Queue.ListAgentsAsync(default)).Count);
        Assert.Equal(1, h.RosterReads(QueueHarness.ServiceDeskTeam));

        h.Members(QueueHarness.ServiceDeskTeam, ("29:ana", "aad-ana", "Ana Agent", "owner"));
        h.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(["Ana Agent"], (await h.Queue.ListAgentsAsync(default)).Select(a => a.Name));
        Assert.Equal(2, h.RosterReads(QueueHarness.ServiceDeskTeam));
    }

    [Fact]
    public async Task An_unknown_person_forces_one_roster_read_at_most_every_minute()
    {
        Assert.False(await h.Queue.IsAgentAsync(new Person("29:newcomer", null, null), default));
        Assert.Equal(1, h.RosterReads(QueueHarness.ServiceDeskTeam));

        h.Members(QueueHarness.ServiceDeskTeam, ("29:ana", "aad-ana", "Ana Agent", "owner"), ("29:newcomer", null, "New Agent", null));
        Assert.False(await h.Queue.IsAgentAsync(new Person("29:newcomer", null, null), default));
        Assert.Equal(1, h.RosterReads(QueueHarness.ServiceDeskTeam));

        h.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.True(await h.Queue.IsAgentAsync(new Person("29:newcomer", null, null), default));
        Assert.False(await h.Queue.IsAgentAsync(new Person("29:stranger", null, null), default));
        Assert.Equal(2, h.RosterReads(QueueHarness.ServiceDeskTeam));
    }

    [Fact]
    public async Task Agents_are_the_members_of_every_queue_team_once_each_by_name()
    {
        h.Members(QueueHarness.NetworkTeam, ("29:bob", "aad-bob", "Bob Agent", null), ("29:nina", null, "Nina Network", "owner"));
        await h.Store.SaveAsync(Setting("19:network@thread.tacv2", QueueHarness.NetworkTeam, "network-vpn"), default);

        var agents = await h.Queue.ListAgentsAsync(default);

        Assert.Equal(["Ana Agent", "Bob Agent", "Chloé Agent", "Nina Network"], agents.Select(a => a.Name));
        Assert.Equal(new TicketPerson("29:bob", "aad-bob", "Bob Agent"), agents[1]);
    }

    [Fact]
    public async Task A_category_goes_to_its_own_queue_else_to_every_ticket_and_a_stored_choice_beats_configuration()
    {
        var configured = await h.Queue.ForCategoryAsync("email", default);
        Assert.Equal((QueueHarness.ServiceDeskTeam, QueueHarness.ServiceDeskTeam, null, false),
            (configured!.Channel.ConversationId, configured.Channel.TeamId, configured.Category, configured.Blocked));

        await h.Store.SaveAsync(Setting("19:network@thread.tacv2", QueueHarness.NetworkTeam, "network-vpn"), default);
        await h.Store.SaveAsync(Setting("19:desk-2@thread.tacv2", QueueHarness.ServiceDeskTeam, null), default);

        Assert.Equal("19:network@thread.tacv2", (await h.Queue.ForCategoryAsync("Network-VPN", default))!.Channel.ConversationId);
        Assert.Equal("19:desk-2@thread.tacv2", (await h.Queue.ForCategoryAsync("email", default))!.Channel.ConversationId);
        Assert.Equal("19:desk-2@thread.tacv2", (await h.Queue.ForCategoryAsync(null, default))!.Channel.ConversationId);
    }

    [Fact]
    public async Task No_queue_set_anywhere_gives_none()
    {
        await using var empty = await QueueHarness.StartAsync(configuredQueue: false);

        Assert.Null(await empty.Queue.ForCategoryAsync("email", default));
        Assert.Empty(await empty.Queue.ListAgentsAsync(default));
        Assert.False(await empty.Queue.IsAgentAsync(new Person("29:ana", null, null), default));
    }

    [Fact]
    public async Task The_roster_tells_owners_members_and_strangers_and_unknown_when_teams_cannot_answer()
    {
        var channel = h.Channel("19:any-channel@thread.tacv2", QueueHarness.ServiceDeskTeam);

        Assert.Equal(TeamRole.Owner, await h.Roster.RoleOfAsync(channel, new Person("29:x", "aad-ana", null), default));
        Assert.Equal(TeamRole.Member, await h.Roster.RoleOfAsync(channel, new Person("29:bob", null, null), default));
        Assert.Equal(TeamRole.Member, await h.Roster.RoleOfAsync(channel, new Person("29:chloe", null, null), default));
        Assert.Equal(TeamRole.NotMember, await h.Roster.RoleOfAsync(channel, new Person("29:eve", null, null), default));
        Assert.Equal(TeamRole.Unknown, await h.Roster.RoleOfAsync(h.Channel("19:c@thread.tacv2", "19:team-the-bot-left@thread.tacv2"), new Person("29:ana", null, null), default));
    }

    private QueueSetting Setting(string channelId, string teamId, string? category) =>
        new(h.Channel(channelId, teamId), category, "29:ana", "Ana Agent", "en-US", h.Clock.GetUtcNow());
}
