using System.Collections.Concurrent;

namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>A call as it left the bot's connector client: when, and to which path (one conversation).</summary>
internal sealed record SentCall(DateTimeOffset At, string Path);

/// <summary>
/// The last handler of the connector's HttpClient in the harness: records when each request leaves the process. Teams'
/// limits are the bot's to keep at this point; arrival times at a loopback fake add the test machine's scheduling delays
/// (under a loaded CI machine, requests granted a second apart can reach the fake's Kestrel together).
/// </summary>
internal sealed class SentCallRecorder(ConcurrentQueue<SentCall> sent, TimeProvider time) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        sent.Enqueue(new SentCall(time.GetUtcNow(), request.RequestUri?.AbsolutePath ?? string.Empty));
        return base.SendAsync(request, cancellationToken);
    }
}
