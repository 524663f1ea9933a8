using System.Net;

namespace ServiceDesk.Bot.Protocol.Auth;

/// <summary>
/// Inbound authentication (docs/protocol.md §1) in two phases: the token before the body is parsed,
/// then the claims that need the activity (serviceurl, endorsed channel, tenant).
/// </summary>
public interface IInboundAuthenticator
{
    Task<InboundAuthResult> AuthenticateAsync(string? authorizationHeader, IPAddress? remoteAddress, CancellationToken cancellationToken);
}
