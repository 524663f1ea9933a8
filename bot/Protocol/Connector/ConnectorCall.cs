namespace ServiceDesk.Bot.Protocol.Connector;

/// <summary>
/// One connector call as it travels through the HttpClient's handlers: the request, whether it carries the bot's token,
/// and what the attempts learnt (how many, whether the token was refreshed after a 401).
/// </summary>
internal sealed class ConnectorCall(ConnectorRequest request, bool withToken)
{
    public static readonly HttpRequestOptionsKey<ConnectorCall> Key = new("ServiceDesk.ConnectorCall");

    public ConnectorRequest Request { get; } = request;

    public bool WithToken { get; } = withToken;

    /// <summary>Attempts sent so far; the resend after a token refresh belongs to the same attempt.</summary>
    public int Attempts { get; set; }

    /// <summary>A rejected token gets one fresh token per call, not per attempt.</summary>
    public bool RefreshedAfter401 { get; set; }

    public static ConnectorCall? Of(HttpRequestMessage? message) =>
        message is not null && message.Options.TryGetValue(Key, out var call) ? call : null;
}

/// <summary>No outbound token could be obtained: nothing was sent, and no retry inside the call helps.</summary>
internal sealed class ConnectorTokenUnavailableException(Exception inner)
    : Exception("No outbound connector token could be obtained.", inner);

/// <summary>One attempt ran out of its time (headers and body) while the caller still waited.</summary>
internal sealed class ConnectorAttemptTimeoutException()
    : TimeoutException("The connector did not answer within the per-request timeout.");
