using System.Net.WebSockets;
using System.Text;

namespace ServiceDesk.EndToEnd.Tests.Playground;

/// <summary>
/// The Playground's websocket of what the bot sends (<c>/_ws_conversation/v1/conversations/stream</c>):
/// collects every event and lets a test wait for the first one, after a mark, that matches.
/// </summary>
internal sealed class PlaygroundStream : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly List<BotMessage> _messages = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiving;

    private PlaygroundStream(ClientWebSocket socket)
    {
        _socket = socket;
        _receiving = Task.Run(ReceiveAsync);
    }

    public static async Task<PlaygroundStream> ConnectAsync(Uri address, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(address, cancellationToken);
        return new PlaygroundStream(socket);
    }

    public IReadOnlyList<BotMessage> Messages
    {
        get
        {
            lock (_messages)
            {
                return _messages.ToList();
            }
        }
    }

    /// <summary>Waits for a message, among those at index <paramref name="from"/> on, that matches.</summary>
    public async Task<BotMessage> WaitForAsync(Func<BotMessage, bool> predicate, TimeSpan timeout, int from = 0)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            if (Messages.Skip(from).FirstOrDefault(predicate) is { } found)
            {
                return found;
            }

            try
            {
                await _arrived.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                var seen = string.Join(Environment.NewLine, Messages.Skip(from).Select(m => "  " + m));
                throw new TimeoutException(
                    $"No matching bot message within {timeout.TotalSeconds:0} s. Seen:{Environment.NewLine}{(seen.Length > 0 ? seen : "  (none)")}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _receiving;
        }
        catch (OperationCanceledException)
        {
            // Stopped on purpose.
        }

        _socket.Dispose();
        _stop.Dispose();
        _arrived.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await _socket.ReceiveAsync(buffer, _stop.Token);
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

            if (BotMessage.Parse(Encoding.UTF8.GetString(frame.GetBuffer(), 0, (int)frame.Length)) is { } message)
            {
                lock (_messages)
                {
                    _messages.Add(message);
                }

                _arrived.Release();
            }

            frame.SetLength(0);
        }
    }
}
