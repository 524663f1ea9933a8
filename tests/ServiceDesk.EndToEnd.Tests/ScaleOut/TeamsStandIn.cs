using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServiceDesk.EndToEnd.Tests.ScaleOut;

/// <summary>
/// The kit's fake connector for several bot instances at once, as the scale-out tests see it: every call (with the
/// time it arrived) whichever instance made it, bodies as JSON objects; the agents' team has a roster.
/// </summary>
internal sealed class TeamsStandIn(FakeConnector connector) : IAsyncDisposable
{
    private readonly List<ConnectorCall> seen = [];

    /// <summary>One call as it arrived: method, unescaped path, body (JSON) and time.</summary>
    public sealed record ConnectorCall(string Method, string Path, JsonObject? Body, DateTimeOffset ReceivedAt, string? AnsweredId)
    {
        /// <summary>
        /// The conversation id in the route (<c>v3/conversations/{id}/…</c>), or for a new thread the channel it starts in.
        /// </summary>
        public string? Conversation => Path.Split('/', StringSplitOptions.RemoveEmptyEntries) switch
        {
            ["v3", "conversations", var id, ..] => id,
            ["v3", "conversations"] => (string?)Body?["channelData"]?["channel"]?["id"],
            _ => null,
        };

        /// <summary>The first Adaptive Card the call carries (a new thread carries it in its first activity).</summary>
        public JsonObject? Card => (Body?["activity"] ?? Body)?["attachments"]?.AsArray().Select(a => a?["content"] as JsonObject).FirstOrDefault(c => c is not null);

        public bool Shows(string text) => Body?.ToJsonString().Contains(JsonEncodedText.Encode(text).ToString(), StringComparison.Ordinal) == true
            || Body?.ToJsonString().Contains(text, StringComparison.Ordinal) == true;
    }

    public string ServiceUrl => connector.ServiceUrl;

    /// <summary>Every call so far; the same objects on every read (tests look calls up in earlier reads).</summary>
    public IReadOnlyList<ConnectorCall> Calls
    {
        get
        {
            var received = connector.Received;
            lock (seen)
            {
                seen.AddRange(received.Skip(seen.Count).Select(r =>
                    new ConnectorCall(r.Method, r.Path, r.Body is null ? null : JsonNode.Parse(r.Text) as JsonObject, r.ReceivedAt, r.AnsweredId)));
                return [.. seen];
            }
        }
    }

    public static async Task<TeamsStandIn> StartAsync(IReadOnlyList<(string Id, string Name)> roster) => new(await FakeConnector.StartAsync(roster));

    /// <summary>Waits until a call matches, or fails naming what was awaited.</summary>
    public Task<ConnectorCall> WaitForAsync(Func<ConnectorCall, bool> predicate, string what, TimeSpan timeout) =>
        connector.WaitUntilAsync(_ => Calls.FirstOrDefault(predicate), all => $"Waited {timeout.TotalSeconds} s for {what}; {all.Count} connector calls arrived:"
            + string.Concat(all.Select(c => $"{Environment.NewLine}{c.Method} {c.Path}")), timeout);

    public ValueTask DisposeAsync() => connector.DisposeAsync();
}
