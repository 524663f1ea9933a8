using System.Text.Json.Nodes;

namespace ServiceDesk.Infra.Tests.Graph;

// The users delta query as Graph v1.0 answers it: pages of users, each page ending with @odata.nextLink (more pages)
// or @odata.deltaLink (the changes are all read; the link reads the next ones).
internal sealed partial class FakeGraph
{
    public const string DeltaPath = "/users/delta";

    /// <summary>Scripts the pages of one read: every page but the last links to the next; the last gives <paramref name="deltaToken"/>.</summary>
    public void DeltaRead(string deltaToken, params JsonObject[][] pages)
    {
        for (var i = 0; i < pages.Length; i++)
        {
            var page = new JsonObject
            {
                ["@odata.context"] = $"{BaseUrl}/$metadata#users(id,accountEnabled)",
                ["value"] = new JsonArray([.. pages[i]]),
            };
            if (i < pages.Length - 1)
            {
                page["@odata.nextLink"] = $"{BaseUrl}{DeltaPath}?$skiptoken={deltaToken}-page{i + 2}";
            }
            else
            {
                page["@odata.deltaLink"] = $"{BaseUrl}{DeltaPath}?$deltatoken={deltaToken}";
            }

            Script(DeltaPath, new FakeAnswer(200, page.ToJsonString()));
        }
    }

    public static JsonObject EnabledUser(string id) => new() { ["id"] = id, ["accountEnabled"] = true };

    public static JsonObject DisabledUser(string id) => new() { ["id"] = id, ["accountEnabled"] = false };

    public static JsonObject RemovedUser(string id) => new() { ["id"] = id, ["@removed"] = new JsonObject { ["reason"] = "changed" } };
}
