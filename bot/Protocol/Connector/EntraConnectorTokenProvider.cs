using Azure.Core;
using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Hosting;

namespace ServiceDesk.Bot.Protocol.Connector;

/// <summary>
/// Connector tokens from Entra ID through Azure.Identity, cached until five minutes before they expire.
/// In unauthenticated local mode it returns no token at all.
/// </summary>
internal sealed class EntraConnectorTokenProvider : IConnectorTokenProvider, IDisposable
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly BotOptions options;
    private readonly TimeProvider time;
    private readonly Func<BotOptions, TokenCredential> createCredential;
    private readonly SemaphoreSlim gate = new(1, 1);
    private TokenCredential? credential;
    private AccessToken? cached;

    public EntraConnectorTokenProvider(IOptions<BotOptions> options, TimeProvider time)
        : this(options.Value, time, ConnectorCredentialFactory.Create)
    {
    }

    internal EntraConnectorTokenProvider(BotOptions options, TimeProvider time, Func<BotOptions, TokenCredential> createCredential)
    {
        this.options = options;
        this.time = time;
        this.createCredential = createCredential;
    }

    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (ConnectorHostPolicy.IsLocalMode(options))
        {
            return null;
        }
        if (!forceRefresh && Fresh(cached) is { } token)
        {
            return token;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!forceRefresh && Fresh(cached) is { } again)
            {
                return again;
            }
            // Azure.Identity credentials keep their own token cache with no bypass, so a forced
            // refresh (the connector rejected the token) starts from a new credential.
            if (forceRefresh || credential is null)
            {
                credential = createCredential(options);
            }
            var fresh = await credential.GetTokenAsync(new TokenRequestContext([options.ConnectorScope]), cancellationToken).ConfigureAwait(false);
            cached = fresh;
            return fresh.Token;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private string? Fresh(AccessToken? token) =>
        token is { } t && time.GetUtcNow() < t.ExpiresOn - RefreshMargin ? t.Token : null;
}
