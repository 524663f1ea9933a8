namespace ServiceDesk.Bot.Protocol.Connector;

/// <summary>Bearer tokens for the Bot Connector (docs/protocol.md §2).</summary>
public interface IConnectorTokenProvider
{
    /// <summary>
    /// A token for the connector scope, or null when the bot runs in unauthenticated local mode.
    /// <paramref name="forceRefresh"/> bypasses every cache (after the connector answered 401).
    /// </summary>
    Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
