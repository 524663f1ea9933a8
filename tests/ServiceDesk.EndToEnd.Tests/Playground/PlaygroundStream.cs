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

    private Task ReceiveAsync() => WebSocketText.ReceiveAllAsync(_socket, text =>
    {
        if (BotMessage.Parse(text) is { } message)
        {
            lock (_messages)
            {
                _messages.Add(message);
            }

            _arrived.Release();
        }
    }, _stop.Token);
}
