using System.Net;
using System.Net.Sockets;

namespace ServiceDesk.EndToEnd.Tests.Support;

internal static class LoopbackPort
{
    /// <summary>A port free on 127.0.0.1 right now (the OS picks it).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
