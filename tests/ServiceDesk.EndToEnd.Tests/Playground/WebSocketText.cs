using System.Net.WebSockets;
using System.Text;

namespace ServiceDesk.EndToEnd.Tests.Playground;

/// <summary>Reads whole text messages from one of the Playground's websockets until it closes or is stopped.</summary>
internal static class WebSocketText
{
    public static async Task ReceiveAllAsync(ClientWebSocket socket, Action<string> onMessage, CancellationToken stop)
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        while (socket.State == WebSocketState.Open && !stop.IsCancellationRequested)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(buffer, stop);
            }
            catch (WebSocketException)
            {
                return; // The Playground went away; waiters time out with what was seen.
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            frame.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            onMessage(Encoding.UTF8.GetString(frame.GetBuffer(), 0, (int)frame.Length));
            frame.SetLength(0);
        }
    }
}
