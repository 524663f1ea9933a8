using System.Text.Json;

namespace ServiceDesk.Bench.Fanout;

/// <summary>
/// The test kit's fake connector with Teams' limits on (per conversation 7 per second and 8 per 2 s, per tenant
/// <c>tenantPerSecond</c> per second; beyond them 429 with <c>Retry-After</c> and nothing posted), as the bench reads
/// it: every accepted POST (new activity) and PUT (update) with its conversation, activity id and the announcement
/// version its card carries (the version in its buttons' data; null for a card without buttons).
/// </summary>
internal sealed class TeamsLimitsConnector(FakeConnector connector, TeamsLimits limits) : IAsyncDisposable
{
    public string ServiceUrl => connector.ServiceUrl;

    public IReadOnlyCollection<Accepted> Calls =>
        [.. connector.Received.Where(r => r.Method is "POST" or "PUT" && r.Status == 200 && r.Path.Contains("/activities", StringComparison.Ordinal))
            .Select(r => new Accepted(r.Conversation!, Version(r.Body), r.AnsweredId!, r.Method == "PUT", r.ReceivedAt.UtcTicks))];

    public long Throttled => limits.Throttled;

    /// <summary>Accepted calls so far (a progress counter).</summary>
    public int AcceptedCount => Calls.Count;

    public static async Task<TeamsLimitsConnector> StartAsync(int tenantPerSecond)
    {
        var limits = new TeamsLimits(tenantPerSecond);
        var connector = await FakeConnector.StartAsync();
        connector.Limits = limits;
        return new TeamsLimitsConnector(connector, limits);
    }

    public ValueTask DisposeAsync() => connector.DisposeAsync();

    private static int? Version(JsonElement? activity) =>
        activity is { } json && json.TryGetProperty("attachments", out var attachments) && attachments.GetArrayLength() > 0 &&
        attachments[0].TryGetProperty("content", out var card) && card.TryGetProperty("actions", out var actions) && actions.GetArrayLength() > 0 &&
        actions[0].TryGetProperty("data", out var data) && data.TryGetProperty("version", out var version) && version.TryGetInt32(out var value)
            ? value
            : null;

    /// <summary>One call Teams would have posted: a new activity (POST) or an update over <see cref="ActivityId"/> (PUT).</summary>
    internal sealed record Accepted(string ConversationId, int? Version, string ActivityId, bool IsUpdate, long Ticks);
}
