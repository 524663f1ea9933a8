using System.Text.Json;

namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>
/// The kit's fake connector as the outbox tests see it: every call with its marker (the message text, or the user a
/// 1:1 is created for), and scripted failures per marker (429 with Retry-After, 503, 403, 404, 400).
/// </summary>
internal sealed class OutboxFakeConnector(FakeConnector connector) : IAsyncDisposable
{
    public string ServiceUrl => connector.ServiceUrl;

    public IReadOnlyList<ConnectorCall> Calls => [.. connector.Received.Select(Call)];

    public static async Task<OutboxFakeConnector> StartAsync() => new(await FakeConnector.StartAsync());

    /// <summary>The next calls for <paramref name="marker"/> get these answers, in order; later ones succeed.</summary>
    public void Script(string marker, params ScriptedReply[] replies) => connector.Script(r => Marker(r) == marker, replies);

    /// <summary>Every call for <paramref name="marker"/> gets this answer.</summary>
    public void Always(string marker, ScriptedReply reply) => connector.Always(r => Marker(r) == marker, reply);

    public IReadOnlyList<ConnectorCall> CallsFor(string marker) => [.. Calls.Where(c => c.Marker == marker)];

    /// <inheritdoc cref="FakeConnector.HoldAnswers"/>
    public void HoldAnswers(Action? whenFirstHeld = null) => connector.HoldAnswers(whenFirstHeld is null ? null : _ => whenFirstHeld());

    /// <inheritdoc cref="FakeConnector.Release"/>
    public void Release() => connector.Release();

    public Task WaitForReadsAsync(TimeSpan timeout) => connector.WaitForReadsAsync(timeout);

    public ValueTask DisposeAsync() => connector.DisposeAsync();

    private static ConnectorCall Call(FakeConnector.ReceivedRequest r) =>
        new(r.Method, r.Path, r.Body ?? default, Marker(r), r.ReceivedAt, r.Status, r.Held);

    private static string? Marker(FakeConnector.ReceivedRequest r) => Text(r.Body) ?? Text(r.Body, "activity") ?? FirstMember(r.Body);

    private static string? Text(JsonElement? body, string? inside = null)
    {
        if (body is not { ValueKind: JsonValueKind.Object } json || (inside is not null && !json.TryGetProperty(inside, out json)))
        {
            return null;
        }

        return json.ValueKind == JsonValueKind.Object && json.TryGetProperty("text", out var text) ? text.GetString() : null;
    }

    private static string? FirstMember(JsonElement? body) =>
        body is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("members", out var members) && members.GetArrayLength() > 0
            ? members[0].GetProperty("id").GetString()
            : null;
}

/// <summary>One request the fake received, with the status it answered; <paramref name="Held"/>: taken while answers were held.</summary>
internal sealed record ConnectorCall(string Method, string Path, JsonElement Body, string? Marker, DateTimeOffset ReceivedAt, int Status, bool Held = false)
{
    /// <summary>A POST Teams would have turned into a message (answered 200, or taken and held).</summary>
    public bool Landed => Method == "POST" && Status == 200;
}
