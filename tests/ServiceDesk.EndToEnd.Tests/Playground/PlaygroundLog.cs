using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ServiceDesk.EndToEnd.Tests.Playground;

/// <summary>
/// The Playground's log panel (<c>/_ws/log/stream</c>): every request between the bot and the Playground, in every
/// conversation. The conversation stream leaves out chats the current user is not in, so this is where a message the
/// bot sends to another user's 1:1 chat (an approver's) shows up, with the conversation and message ids the Playground
/// gave it.
/// </summary>
internal sealed class PlaygroundLog : IAsyncDisposable
{
    /// <summary>How the Playground labels the bot in its log (<c>from</c> of the bot's own requests).</summary>
    public const string FromBot = "User Application";

    private readonly ClientWebSocket _socket;
    private readonly List<JsonObject> _entries = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiving;

    private PlaygroundLog(ClientWebSocket socket)
    {
        _socket = socket;
        _receiving = Task.Run(ReceiveAsync);
    }

    public static async Task<PlaygroundLog> ConnectAsync(Uri playground, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://{playground.Authority}/_ws/log/stream"), cancellationToken);
        return new PlaygroundLog(socket);
    }

    private IReadOnlyList<JsonObject> Entries
    {
        get
        {
            lock (_entries)
            {
                return _entries.ToList();
            }
        }
    }

    /// <summary>Every log entry so far that matches, in order.</summary>
    public IReadOnlyList<JsonObject> Where(Func<JsonObject, bool> predicate) => Entries.Where(predicate).ToList();

    /// <summary>Waits for a log entry (<c>{conversationId, messageId, activityName, from, request:{body}, response}</c>) that matches.</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> predicate, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            if (Entries.FirstOrDefault(predicate) is { } found)
            {
                return found;
            }

            try
            {
                await _arrived.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                var seen = string.Join(Environment.NewLine, Entries.Select(e => $"  {e["from"]} {e["activityName"]} {e["conversationId"]}"));
                throw new TimeoutException($"No matching Playground log entry within {timeout.TotalSeconds:0} s. Seen:{Environment.NewLine}{seen}");
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
        if (JsonNode.Parse(text) is JsonObject { } root && root["log"] is JsonObject entry)
        {
            lock (_entries)
            {
                _entries.Add(entry);
            }

            _arrived.Release();
        }
    }, _stop.Token);
}
