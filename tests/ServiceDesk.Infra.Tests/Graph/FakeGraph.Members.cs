using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ServiceDesk.Infra.Tests.Graph;

// Group membership as Graph v1.0 answers it: POST /groups/{id}/members/$ref, DELETE /groups/{id}/members/{id}/$ref.
internal sealed partial class FakeGraph
{
    private async Task<FakeAnswer> MembershipAsync(string path, HttpRequest request)
    {
        var parts = path.Trim('/').Split('/');
        if (parts is not ["groups", var groupId, "members", ..] || !GroupMembers.TryGetValue(groupId, out var members))
        {
            return Error(404, "Request_ResourceNotFound", $"Resource '{(parts.Length > 1 ? parts[1] : "")}' does not exist or one of its queried reference-property objects are not present.");
        }

        lock (members)
        {
            switch (request.Method, parts)
            {
                case ("DELETE", [_, _, _, var memberId, "$ref"]):
                    return members.Remove(memberId) ? new FakeAnswer(204, null)
                        : Error(404, "Request_ResourceNotFound", $"Resource '{memberId}' does not exist or one of its queried reference-property objects are not present.");
                case ("POST", [_, _, _, "$ref"]):
                    break;
                default:
                    return Error(405, "Request_BadRequest", "Specified HTTP method is not allowed for the request target.");
            }
        }

        var body = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync());
        var reference = (string?)body?["@odata.id"];
        var id = reference?[(reference.LastIndexOf('/') + 1)..];
        if (id is null || !reference!.Contains("/directoryObjects/", StringComparison.Ordinal))
        {
            return Error(400, "Request_BadRequest", "Invalid object identifier.");
        }

        lock (members)
        {
            return members.Add(id) ? new FakeAnswer(204, null)
                : Error(400, "Request_BadRequest", "One or more added object references already exist for the following modified properties: 'members'.");
        }
    }
}
