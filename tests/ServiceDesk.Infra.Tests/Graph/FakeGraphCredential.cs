using Azure.Core;

namespace ServiceDesk.Infra.Tests.Graph;

/// <summary>A token without Entra: the fake Graph checks it arrives.</summary>
internal sealed class FakeGraphCredential : TokenCredential
{
    public const string Token = "fake-graph-token";

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(Token, DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
