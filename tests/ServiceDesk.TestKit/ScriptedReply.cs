namespace ServiceDesk.TestKit;

/// <summary>
/// A scripted answer of the fake connector: <paramref name="Status"/>, an optional <c>Retry-After</c> header, the Teams
/// error code of a failure, an optional delay before answering (longer than the client waits: it gives up first), and
/// an optional raw body (otherwise a failure carries <c>{"error":{"code":…}}</c> and a success the Teams-like answer).
/// </summary>
public sealed record ScriptedReply(int Status, string? RetryAfter = null, string Code = "Scripted", TimeSpan? Delay = null, string? Body = null)
{
    public bool Succeeds => Status is >= 200 and < 300;
}
