using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ServiceDesk.Bot.Tests.Connector;

namespace ServiceDesk.Bot.Tests.Teams;

/// <summary>
/// Team rosters for the loopback <see cref="FakeConnector"/> (set as its <c>Fallback</c>): answers
/// <c>GET v3/conversations/{teamId}/pagedmembers</c> two members a page, so every read follows a continuation
/// token; 404 for a team it does not know; <c>{"id":"sent"}</c> for anything else (replies, posts).
/// </summary>
internal sealed class TeamRosters
{
    private const string Prefix = "/v3/conversations/";
    private const string Suffix = "/pagedmembers";
    private readonly ConcurrentDictionary<string, List<object>> rosters = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Sets <paramref name="teamId"/>'s roster as Teams would answer it (role: Teams' userRole, often absent).</summary>
    public void Members(string teamId, params (string Id, string? Aad, string Name, string? Role)[] members) =>
        rosters[teamId] = [.. members.Select(m => (object)new { id = m.Id, aadObjectId = m.Aad, name = m.Name, userRole = m.Role })];

    /// <summary>How many roster reads (first pages) <paramref name="connector"/> served for <paramref name="teamId"/>.</summary>
    public static int Reads(FakeConnector connector, string teamId) => connector.Requests.Count(r =>
        Uri.UnescapeDataString(r.RawTarget).Contains(Prefix + teamId + Suffix, StringComparison.Ordinal)
        && !r.RawTarget.Contains("continuationToken", StringComparison.Ordinal));

    public async Task ServeAsync(HttpContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? string.Empty);
        if (!path.StartsWith(Prefix, StringComparison.Ordinal) || !path.EndsWith(Suffix, StringComparison.Ordinal))
        {
            await FakeConnector.Json(200, """{"id":"sent"}""")(context);
            return;
        }

        if (!rosters.TryGetValue(path[Prefix.Length..^Suffix.Length], out var members))
        {
            await FakeConnector.Json(404, """{"error":{"code":"ConversationNotFound","message":"no such team"}}""")(context);
            return;
        }

        var start = int.TryParse(context.Request.Query["continuationToken"], out var from) ? from : 0;
        var next = start + 2 < members.Count ? (start + 2).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        await FakeConnector.Json(200, JsonSerializer.Serialize(new { continuationToken = next, members = members.Skip(start).Take(2) }))(context);
    }
}
