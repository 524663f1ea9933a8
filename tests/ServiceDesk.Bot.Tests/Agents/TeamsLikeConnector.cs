namespace ServiceDesk.Bot.Tests.Agents;

/// <summary>
/// The kit's fake connector as the agents' tests see it: Teams' answers for channel threads (a new thread gets its
/// <c>;messageid=</c> conversation id and root activity id), and the next PUT answered 404, as Teams does for a
/// message someone deleted.
/// </summary>
internal sealed class TeamsLikeConnector(FakeConnector connector) : IAsyncDisposable
{
    public string ServiceUrl => connector.ServiceUrl;

    public IReadOnlyList<(string Method, string Path, string Body)> Calls => [.. connector.Received.Select(r => (r.Method, r.Path, r.Text))];

    public static async Task<TeamsLikeConnector> StartAsync() => new(await FakeConnector.StartAsync());

    /// <summary>The next PUT (card update) answers 404 MessageNotFound.</summary>
    public void DeleteCardOnce() => connector.Script(r => r.Method == "PUT", new ScriptedReply(404, Code: "MessageNotFound"));

    public ValueTask DisposeAsync() => connector.DisposeAsync();
}
