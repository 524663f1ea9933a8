using System.Text.Json;
using ServiceDesk.Bot.Teams;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Tests.Teams;

/// <summary>A queue channel that answers 403 is flagged Blocked and the agents are told in the fallback channel, once.</summary>
public sealed class TeamAgentQueueHealthTests : IAsyncLifetime
{
    private const string Fallback = "19:service-desk-leads@thread.tacv2";
    private QueueHarness h = null!;

    public async Task InitializeAsync() => h = await QueueHarness.StartAsync(new()
    {
        ["Agents:FallbackChannel:ServiceUrl"] = "https://smba.example/emea/",
        ["Agents:FallbackChannel:TeamId"] = "19:leads-team@thread.tacv2",
        ["Agents:FallbackChannel:ChannelId"] = Fallback,
    });

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task A_new_ticket_thread_refused_with_403_flags_the_queue_and_tells_the_fallback_channel_once()
    {
        var thread = Parked("INC-000123/v1/queue-card", OutboxKind.NewChannelThread, h.Channel(QueueHarness.ServiceDeskTeam, QueueHarness.ServiceDeskTeam));

        await h.Health.ParkedAsync(thread, OutboxStatus.Unreachable, 403, default);
        await h.Health.ParkedAsync(thread, OutboxStatus.Unreachable, 403, default);
        await h.Health.ParkedAsync(Parked("INC-000124/v1/queue-card", OutboxKind.NewChannelThread, thread.Draft.Target), OutboxStatus.Unreachable, 403, default);

        Assert.True((await h.Queue.ForCategoryAsync("email", default))!.Blocked);
        var notice = Assert.Single(await Pending());
        Assert.Equal(("queue-blocked/INC-000123/v1/queue-card", OutboxKind.NewChannelThread, Fallback, "19:leads-team@thread.tacv2"),
            (notice.IdempotencyKey, notice.Draft.Kind, notice.Draft.Target.ConversationId, notice.Draft.Target.TeamId));
        var text = JsonDocument.Parse(notice.Draft.Payload).RootElement.GetProperty("text").GetString();
        Assert.StartsWith($"I can no longer post in the tickets' channel {QueueHarness.ServiceDeskTeam} of team {QueueHarness.ServiceDeskTeam}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_in_a_ticket_thread_refused_with_403_flags_its_channel_and_a_new_setup_click_clears_it()
    {
        var channel = h.Channel("19:network@thread.tacv2", QueueHarness.NetworkTeam);
        await h.Store.SaveAsync(new QueueSetting(channel, "network-vpn", "29:nina", "Nina", "fr-FR", h.Clock.GetUtcNow()), default);
        var inThread = channel with { ConversationId = "19:network@thread.tacv2;messageid=1700000000001", TeamsChannelId = null };

        await h.Health.ParkedAsync(Parked("INC-000200/v3/thread", OutboxKind.Send, inThread), OutboxStatus.Unreachable, 403, default);

        Assert.True((await h.Queue.ForCategoryAsync("network-vpn", default))!.Blocked);
        Assert.False((await h.Queue.ForCategoryAsync("email", default))!.Blocked);
        var text = JsonDocument.Parse(Assert.Single(await Pending()).Draft.Payload).RootElement.GetProperty("text").GetString();
        Assert.StartsWith("Je ne peux plus publier dans le canal des tickets 19:network@thread.tacv2", text, StringComparison.Ordinal);

        await h.Store.SaveAsync(new QueueSetting(channel, "network-vpn", "29:nina", "Nina", "fr-FR", h.Clock.GetUtcNow()), default);
        Assert.False((await h.Queue.ForCategoryAsync("network-vpn", default))!.Blocked);
    }

    [Fact]
    public async Task Other_failures_and_other_conversations_leave_the_queues_alone()
    {
        var queueChannel = h.Channel(QueueHarness.ServiceDeskTeam, QueueHarness.ServiceDeskTeam);
        await h.Health.ParkedAsync(Parked("INC-1/v1/queue-card", OutboxKind.NewChannelThread, queueChannel), OutboxStatus.Unreachable, 404, default);
        await h.Health.ParkedAsync(Parked("INC-2/v1/queue-card", OutboxKind.NewChannelThread, queueChannel), OutboxStatus.Failed, null, default);
        await h.Health.ParkedAsync(Parked("INC-3/v1/announce", OutboxKind.NewChannelThread, h.Channel("19:announcements@thread.tacv2", QueueHarness.ServiceDeskTeam)), OutboxStatus.Unreachable, 403, default);
        await h.Health.ParkedAsync(Parked("INC-4/v1/requester", OutboxKind.Send, queueChannel with { Kind = ConversationKind.Personal, ConversationId = "a:chat" }), OutboxStatus.Unreachable, 403, default);
        await h.Health.DeliveredAsync(Parked("INC-5/v1/queue-card", OutboxKind.NewChannelThread, queueChannel), "act-1", "19:x;messageid=act-1", default);

        Assert.False((await h.Queue.ForCategoryAsync(null, default))!.Blocked);
        Assert.Empty(await h.Store.ListBlockedAsync(default));
        Assert.Empty(await Pending());
    }

    private OutboxRecord Parked(string key, OutboxKind kind, ConversationReference target) =>
        new(new OutboxDraft(key, kind, target, """{"type":"message","text":"card"}"""), OutboxStatus.Unreachable,
            h.Clock.GetUtcNow(), h.Clock.GetUtcNow(), 1, null, null, null, "403 Forbidden", "etag-1");

    private async Task<IReadOnlyList<OutboxRecord>> Pending() =>
        await h.Outbox.ClaimDueAsync("test", h.Clock.GetUtcNow().AddMinutes(1), TimeSpan.FromMinutes(1), 10, default);
}
