using System.Net;

namespace ServiceDesk.Bot.Protocol.Auth;

/// <summary>Loopback tests for callers (unauthenticated local mode) and for metadata addresses (http allowed).</summary>
internal static class LoopbackAddress
{
    public static bool IsLoopback(IPAddress? address)
    {
        if (address is null) return false;
        // IPAddress.IsLoopback does not look inside IPv4-mapped IPv6 addresses (::ffff:127.0.0.1).
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return IPAddress.IsLoopback(address);
    }

    public static bool IsLoopback(Uri address) =>
        address.IsLoopback || (IPAddress.TryParse(address.DnsSafeHost, out var ip) && IsLoopback(ip));

    /// <summary>Metadata and keys travel over HTTPS; plain HTTP only to a loopback host (tests, local tools).</summary>
    public static bool IsAcceptableMetadataAddress(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)));
}
