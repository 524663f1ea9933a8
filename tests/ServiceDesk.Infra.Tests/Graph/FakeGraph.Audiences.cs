using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace ServiceDesk.Infra.Tests.Graph;

// The announcement audiences' queries as Graph v1.0 answers them: users filtered by department or office location,
// a group's transitive members cast to users, groups by display name, each an advanced query ($count=true needs
// ConsistencyLevel: eventual, else 400 as Graph answers), paged with $top and @odata.nextLink; and the app installed
// for a user (POST /users/{id}/teamwork/installedApps: 201, or 409 when it is there).
internal sealed partial class FakeGraph
{
    private static readonly Regex UserFilter = new("^(department|officeLocation) eq '((?:[^']|'')*)' and accountEnabled eq true$", RegexOptions.CultureInvariant);

    private static readonly Regex NameFilter = new("^displayName eq '((?:[^']|'')*)'$", RegexOptions.CultureInvariant);

    /// <summary>Display names of groups (a group of <see cref="GroupMembers"/> without one is named by its id).</summary>
    public ConcurrentDictionary<string, string> GroupNames { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The Teams app ids installed for each user, as the bot's installations leave them.</summary>
    public ConcurrentDictionary<string, ConcurrentBag<string>> InstalledApps { get; } = new(StringComparer.OrdinalIgnoreCase);

    private async Task<FakeAnswer?> AudienceAsync(string path, HttpRequest request)
    {
        var parts = path.Trim('/').Split('/');
        return (request.Method, parts) switch
        {
            ("GET", ["users"]) => Advanced(request) ?? UsersWhere(request),
            ("GET", ["groups"]) => GroupsNamed(request),
            ("GET", ["groups", var id]) when GroupMembers.ContainsKey(id) => Ok(new JsonObject
            {
                ["@odata.context"] = Context + "#groups(id,displayName)/$entity", ["id"] = id, ["displayName"] = GroupNames.GetValueOrDefault(id, id),
            }),
            ("GET", ["groups", var id, "transitiveMembers", "graph.user" or "microsoft.graph.user"]) =>
                Advanced(request) ?? (GroupMembers.ContainsKey(id) ? TransitiveUsers(id, request)
                    : Error(404, "Request_ResourceNotFound", $"Resource '{id}' does not exist or one of its queried reference-property objects are not present.")),
            ("POST", ["users", var id, "teamwork", "installedApps"]) => await InstallAsync(id, request),
            _ => null,
        };
    }

    /// <summary>$count=true without ConsistencyLevel: eventual is refused, as Graph refuses it.</summary>
    private static FakeAnswer? Advanced(HttpRequest request) =>
        request.Query["$count"] == "true" && request.Headers["ConsistencyLevel"] != "eventual"
            ? Error(400, "Request_UnsupportedQuery", "Unsupported Query.")
            : null;

    private FakeAnswer UsersWhere(HttpRequest request)
    {
        if (request.Query["$filter"] == "accountEnabled eq true")
        {
            return Page("users", [.. Users.Values.Where(u => u.Enabled).OrderBy(u => u.Id, StringComparer.Ordinal)], request);
        }

        var filter = UserFilter.Match(request.Query["$filter"].ToString());
        if (!filter.Success)
        {
            return Error(400, "Request_UnsupportedQuery", "Unsupported or invalid query filter clause specified for property.");
        }

        var value = filter.Groups[2].Value.Replace("''", "'", StringComparison.Ordinal);
        Func<FakeUser, string> property = filter.Groups[1].Value == "department" ? DepartmentOf : OfficeOf;
        var users = Users.Values.Where(u => u.Enabled && string.Equals(property(u), value, StringComparison.OrdinalIgnoreCase)).OrderBy(u => u.Id, StringComparer.Ordinal);
        return Page("users", [.. users], request);
    }

    private FakeAnswer TransitiveUsers(string groupId, HttpRequest request)
    {
        if (request.Query["$filter"] != "accountEnabled eq true")
        {
            return Error(400, "Request_UnsupportedQuery", "Unsupported or invalid query filter clause specified for property.");
        }

        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var groups = new Queue<string>([groupId]);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { groupId };
        while (groups.TryDequeue(out var group))
        {
            foreach (var member in GroupMembers.TryGetValue(group, out var members) ? members.ToList() : [])
            {
                if (GroupMembers.ContainsKey(member))
                {
                    if (seen.Add(member))
                    {
                        groups.Enqueue(member);
                    }
                }
                else if (Users.TryGetValue(member, out var user) && user.Enabled)
                {
                    found.Add(member);
                }
            }
        }

        return Page($"groups/{groupId}/transitiveMembers/microsoft.graph.user", [.. found.Order(StringComparer.Ordinal).Select(id => Users[id])], request);
    }

    /// <summary>A page of users from $skiptoken, $top of them (100 by default, 999 at most), with the count when asked.</summary>
    private FakeAnswer Page(string path, IReadOnlyList<FakeUser> users, HttpRequest request)
    {
        var top = int.TryParse(request.Query["$top"], NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? Math.Clamp(t, 1, 999) : 100;
        var token = request.Query["$skiptoken"].ToString();
        var skip = token.StartsWith("X'", StringComparison.Ordinal) && int.TryParse(token[2..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        var page = users.Skip(skip).Take(top).ToList();
        var body = new JsonObject { ["@odata.context"] = Context + "#users(id,preferredLanguage)" };
        if (request.Query["$count"] == "true")
        {
            body["@odata.count"] = users.Count;
        }

        body["value"] = new JsonArray([.. page.Select(u => (JsonNode)new JsonObject { ["id"] = u.Id, ["preferredLanguage"] = u.Language })]);
        if (skip + page.Count < users.Count)
        {
            // Graph's next link carries the query and an opaque token; the caller sends it back as it is.
            var query = string.Join("&", request.Query.Where(q => q.Key != "$skiptoken").Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}"));
            body["@odata.nextLink"] = $"{BaseUrl}/{path}?{query}&$skiptoken=X'{skip + page.Count}'";
        }

        return Ok(body);
    }

    private FakeAnswer GroupsNamed(HttpRequest request)
    {
        var filter = NameFilter.Match(request.Query["$filter"].ToString());
        if (!filter.Success)
        {
            return Error(400, "Request_UnsupportedQuery", "Unsupported or invalid query filter clause specified for property.");
        }

        var name = filter.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal);
        var value = new JsonArray([.. GroupNames.Where(g => string.Equals(g.Value, name, StringComparison.OrdinalIgnoreCase))
            .Select(g => (JsonNode)new JsonObject { ["id"] = g.Key, ["displayName"] = g.Value })]);
        return Ok(new JsonObject { ["@odata.context"] = Context + "#groups(id,displayName)", ["value"] = value });
    }

    private async Task<FakeAnswer> InstallAsync(string userId, HttpRequest request)
    {
        var body = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync());
        var bind = (string?)body?["teamsApp@odata.bind"];
        if (bind is null || !bind.Contains("/appCatalogs/teamsApps/", StringComparison.Ordinal))
        {
            return Error(400, "BadRequest", "Bind requests not expected for action payload.");
        }

        if (!Users.ContainsKey(userId))
        {
            return Error(404, "NotFound", $"User '{userId}' not found.");
        }

        var app = bind[(bind.LastIndexOf('/') + 1)..];
        var apps = InstalledApps.GetOrAdd(userId, _ => []);
        lock (apps)
        {
            if (apps.Contains(app))
            {
                return Error(409, "Conflict", "App is already installed in this scope.");
            }

            apps.Add(app);
        }

        return new FakeAnswer(201, new JsonObject
        {
            ["@odata.context"] = Context + $"#users('{userId}')/teamwork/installedApps/$entity",
            ["id"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{userId}##{app}")),
        }.ToJsonString());
    }
}
