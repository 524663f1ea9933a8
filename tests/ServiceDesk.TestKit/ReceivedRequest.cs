using System.Text.Json;

namespace ServiceDesk.TestKit;

public sealed partial class FakeConnector
{
    /// <summary>
    /// One request as it arrived: method, unescaped path, <c>Authorization</c> header (empty when none), JSON body (null when empty or not
    /// JSON); with the raw target and text, the time, the status answered, whether answers were held, the id answered.
    /// </summary>
    public sealed record ReceivedRequest(string Method, string Path, string? Authorization, JsonElement? Body)
    {
        public string RawTarget { get; init; } = Path;

        public string Text { get; init; } = string.Empty;

        public DateTimeOffset ReceivedAt { get; init; }

        /// <summary>The status answered; 0 when a custom responder (<see cref="FakeConnector.Then(Func{Microsoft.AspNetCore.Http.HttpContext, Task})"/>) answered.</summary>
        public int Status { get; init; } = 200;

        /// <summary>Taken while answers were held (Teams would have posted it; the sender has no answer yet).</summary>
        public bool Held { get; init; }

        /// <summary>The activity id (or new conversation id) answered on success.</summary>
        public string? AnsweredId { get; init; }

        /// <summary>The conversation in the route (<c>v3/conversations/{id}/…</c>), or for a new thread its channel.</summary>
        public string? Conversation => Segments switch
        {
            ["v3", "conversations", var id, ..] => id,
            ["v3", "conversations"] => Property(Body, "channelData", "channel", "id"),
            _ => null,
        };

        /// <summary>A POST that creates a conversation (a new channel thread or a 1:1 chat).</summary>
        public bool CreatesConversation => Method == "POST" && Segments is ["v3", "conversations"];

        /// <summary>The activity sent: the body, or for a new thread the activity inside it.</summary>
        public JsonElement? Activity => CreatesConversation && Body is { } body && body.TryGetProperty("activity", out var first) ? first : Body;

        /// <summary>The tenant the call is for, as the bot sends it (channel data or conversation), if any.</summary>
        public string? Tenant => Property(Body, "channelData", "tenant", "id") ?? Property(Body, "conversation", "tenantId")
            ?? Property(Activity, "channelData", "tenant", "id") ?? Property(Activity, "conversation", "tenantId");

        /// <summary>A POST Teams would have turned into a message or a conversation (answered 2xx, or taken and held).</summary>
        public bool Landed => Method == "POST" && Status is >= 200 and < 300;

        internal string[] Segments => Path.Split('/', StringSplitOptions.RemoveEmptyEntries);

        internal static string? Property(JsonElement? json, params string[] names)
        {
            if (json is not { } current)
            {
                return null;
            }

            foreach (var name in names)
            {
                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
                {
                    return null;
                }
            }

            return current.ValueKind == JsonValueKind.String ? current.GetString() : null;
        }
    }
}

/// <summary>A received request with its body as text (the connector client's tests read the raw target and bytes); no <c>Authorization</c>: null.</summary>
public sealed record RecordedRequest(string Method, string RawTarget, string? Authorization, string Body, DateTimeOffset ReceivedAt);
