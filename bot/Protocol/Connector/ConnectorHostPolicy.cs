using ServiceDesk.Bot.Hosting;

namespace ServiceDesk.Bot.Protocol.Connector;

/// <summary>What may be sent to a serviceUrl.</summary>
internal enum HostDecision
{
    Refused,
    WithoutToken,
    WithToken,
}

/// <summary>
/// Decides, before any request, whether a serviceUrl may be called and with a bearer token. The token is
/// the bot's identity: it only goes to the configured connector hosts, never to a host an activity named.
/// </summary>
internal static class ConnectorHostPolicy
{
    /// <summary>Unauthenticated local mode (the Playground): explicit opt-in and no app id.</summary>
    public static bool IsLocalMode(BotOptions options) =>
        options.AllowUnauthenticatedLocal && string.IsNullOrWhiteSpace(options.AppId);

    public static HostDecision Decide(Uri serviceUrl, BotOptions options)
    {
        if (!serviceUrl.IsAbsoluteUri || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return HostDecision.Refused;
        }

        var listed = IsListed(serviceUrl.IdnHost, options.ConnectorHosts);
        if (IsLocalMode(options))
        {
            return listed || IsLoopback(serviceUrl) ? HostDecision.WithoutToken : HostDecision.Refused;
        }
        // The token is the bot's identity: never in clear text on a network. Plain http only to a loopback host,
        // where the request does not leave the machine (the tests' and benchmarks' fake connectors).
        var encrypted = serviceUrl.Scheme == Uri.UriSchemeHttps || IsLoopback(serviceUrl);
        return listed && encrypted ? HostDecision.WithToken : HostDecision.Refused;
    }

    internal static bool IsListed(string host, IEnumerable<string> patterns)
    {
        host = host.TrimEnd('.');
        foreach (var raw in patterns)
        {
            var pattern = raw.Trim().TrimEnd('.');
            if (pattern.StartsWith("*.", StringComparison.Ordinal))
            {
                // "*.example.com" matches "a.example.com" and "a.b.example.com", not "example.com" or "badexample.com".
                if (host.Length > pattern.Length - 1 && host.AsSpan().EndsWith(pattern.AsSpan(1), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
            else if (pattern.Length > 0 && string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsLoopback(Uri uri) => Protocol.Auth.LoopbackAddress.IsLoopback(uri);
}
