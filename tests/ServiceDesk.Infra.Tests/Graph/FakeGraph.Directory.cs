using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ServiceDesk.Infra.Tests.Graph;

// The directory's answers, as Graph v1.0 shapes them.
internal sealed partial class FakeGraph
{
    private const string Context = "https://graph.microsoft.com/v1.0/$metadata";

    private FakeAnswer Directory(string path, HttpRequest request)
    {
        var parts = path.Trim('/').Split('/');
        return parts switch
        {
            ["users", var id] when Users.TryGetValue(id, out var user) => Ok(Json(user, "#users/$entity")),
            ["users", var id, "manager"] when Users.TryGetValue(id, out var user) =>
                user.ManagerId is { } m && Users.TryGetValue(m, out var manager)
                    ? Ok(Json(manager, null, "#microsoft.graph.user"))
                    : Error(404, "Request_ResourceNotFound",
                        "Resource 'manager' does not exist or one of its queried reference-property objects are not present."),
            ["groups", var id, "owners"] when GroupOwners.TryGetValue(id, out var owners) => Owners(id, owners, request),
            ["users", var id, ..] => Error(404, "Request_ResourceNotFound", $"Resource '{id}' does not exist or one of its queried reference-property objects are not present."),
            ["groups", var id, ..] => Error(404, "Request_ResourceNotFound", $"Resource '{id}' does not exist or one of its queried reference-property objects are not present."),
            _ => Error(400, "BadRequest", "Resource not found for the segment '" + parts[0] + "'."),
        };
    }

    private FakeAnswer Owners(string groupId, List<string> owners, HttpRequest request)
    {
        var skip = int.TryParse(request.Query["$skiptoken"], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        var page = owners.Skip(skip).Take(OwnersPageSize).ToList();
        var value = new JsonArray();
        foreach (var id in page)
        {
            value.Add(Users.TryGetValue(id, out var user)
                ? Json(user, null, "#microsoft.graph.user")
                // An owner that is an application: Graph lists it with another type.
                : new JsonObject { ["@odata.type"] = "#microsoft.graph.servicePrincipal", ["id"] = id, ["displayName"] = "Automation" });
        }

        var body = new JsonObject { ["@odata.context"] = Context + "#directoryObjects", ["value"] = value };
        if (skip + page.Count < owners.Count)
        {
            body["@odata.nextLink"] = $"{BaseUrl}/groups/{groupId}/owners?$top={OwnersPageSize}&$skiptoken={skip + page.Count}";
        }

        return Ok(body);
    }

    private static string DepartmentOf(FakeUser user) => user.Department ?? "Finance";

    private static string OfficeOf(FakeUser user) => user.OfficeLocation ?? "Paris 3";

    private static FakeAnswer Ok(JsonObject body) => new(200, body.ToJsonString());

    private static JsonObject Json(FakeUser user, string? context, string? type = null)
    {
        var json = new JsonObject();
        if (context is not null)
        {
            json["@odata.context"] = Context + context;
        }

        if (type is not null)
        {
            json["@odata.type"] = type;
        }

        json["id"] = user.Id;
        json["displayName"] = user.DisplayName;
        json["mail"] = user.Mail;
        json["jobTitle"] = "Analyst";
        json["department"] = DepartmentOf(user);
        json["officeLocation"] = OfficeOf(user);
        json["preferredLanguage"] = user.Language ?? "fr-FR";
        json["accountEnabled"] = user.Enabled;
        return json;
    }
}
