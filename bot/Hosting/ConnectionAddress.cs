using System.Net;

namespace ServiceDesk.Bot.Hosting;

/// <summary>
/// The caller's address as the connection gave it, for the loopback rule of unauthenticated local mode. ASP.NET Core's
/// forwarded-headers middleware (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c>, or <c>UseForwardedHeaders</c>) replaces
/// <see cref="ConnectionInfo.RemoteIpAddress"/> with what an <c>X-Forwarded-For</c> header claims, so a remote caller
/// could pass for 127.0.0.1. A middleware placed before every other one (a startup filter registered first) keeps the
/// connection's own address; local mode also refuses any request that carries a forwarding header at all.
/// </summary>
internal static class ConnectionAddress
{
    /// <summary>Headers a proxy adds, and the one the forwarded-headers middleware leaves after it rewrote the address.</summary>
    internal static readonly string[] ForwardingHeaders = ["X-Forwarded-For", "Forwarded", "X-Real-IP", "X-Original-For"];

    /// <summary>The connection's own address: captured before any middleware ran, else (no capture) the current one.</summary>
    public static IPAddress? Of(HttpContext http) =>
        http.Features.Get<Captured>() is { } captured ? captured.Address : http.Connection.RemoteIpAddress;

    /// <summary>The first forwarding header the request carries, or null.</summary>
    public static string? ForwardingHeaderOf(HttpRequest request) =>
        Array.Find(ForwardingHeaders, request.Headers.ContainsKey);

    /// <summary>Registers the capturing middleware ahead of every other startup filter (the forwarded headers' one too).</summary>
    public static IServiceCollection AddConnectionAddressCapture(this IServiceCollection services)
    {
        services.Insert(0, ServiceDescriptor.Singleton<IStartupFilter, CaptureFilter>());
        return services;
    }

    private sealed record Captured(IPAddress Address);

    private sealed class CaptureFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                // Only a real address is kept: an in-memory test server has none, and then the current one is read.
                if (http.Connection.RemoteIpAddress is { } address)
                {
                    http.Features.Set(new Captured(address));
                }

                return nextMiddleware(http);
            });
            next(app);
        };
    }
}
