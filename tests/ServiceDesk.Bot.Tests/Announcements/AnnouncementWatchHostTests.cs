using System.Text.Json.Nodes;
using ServiceDesk.Dialogs.Announcements;
using static ServiceDesk.Bot.Tests.Announcements.AnnouncementsHostHarness;

namespace ServiceDesk.Bot.Tests.Announcements;

/// <summary>
/// The watch worker and the outbox worker running in the host: the control card is replaced in place (PUT over the
/// clicked card's activity) when the fan-out's counts change, and a late update is reminded in its thread.
/// </summary>
public sealed class AnnouncementWatchHostTests : IAsyncLifetime
{
    private AnnouncementsHostHarness _host = null!;

    public async Task InitializeAsync() =>
        _host = await AnnouncementsHostHarness.StartAsync(new Dictionary<string, string?> { ["Outbox:Enabled"] = "true", ["Announcements:WatchSeconds"] = "1" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task PublishedAnnouncement_ItsControlCardFollowsTheDeliveryCounts_InPlace()
    {
        var reply = await _host.MentionAsync(Alex, "outage");
        var (id, version) = Identity(reply!["attachments"]![0]!["content"]!);
        Card(await _host.InvokeAsync(Alex, "announcement.publish", Form(id, version)));
        var path = $"/v3/conversations/{AnnouncementsHostHarness.Thread}/activities/{CardActivity}";

        var first = await _host.WaitForRequestAsync(r => r.Method == "PUT" && r.Path == path && Shows(r, "8,700"));
        _host.Delivery = new AnnouncementDelivery(0, 9_876, 12, 112);
        var second = await _host.WaitForRequestAsync(r => r.Method == "PUT" && r.Path == path && Shows(r, "9,876"));

        Assert.Contains(id, first.Body!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("112", second.Body!.Value.GetRawText(), StringComparison.Ordinal);
    }

    private static bool Shows(FakeConnector.ReceivedRequest request, string text) =>
        request.Body is { } body && JsonNode.Parse(body.GetRawText())!.ToJsonString().Contains(text, StringComparison.Ordinal);
}
