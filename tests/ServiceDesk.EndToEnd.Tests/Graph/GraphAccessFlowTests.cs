using ServiceDesk.EndToEnd.Tests.Flows;
using ServiceDesk.EndToEnd.Tests.Support;
using ServiceDesk.Infra.Tests.Graph;

namespace ServiceDesk.EndToEnd.Tests.Graph;

/// <summary>
/// Access fulfilled through Microsoft Graph, end to end through the Playground: the fake Graph names the signed-in
/// user's manager (another Playground user, by their Entra object id), the manager approves the card the bot sent
/// them, the bot adds the requester to the CRM's group (POST members/$ref) and tells them in the Playground.
/// </summary>
public sealed class GraphAccessFlowTests(GraphDesk desk) : IClassFixture<GraphDesk>
{
    [Fact]
    public async Task A_request_approved_by_the_manager_Graph_names_adds_the_requester_to_the_group_and_tells_them()
    {
        var processes = desk.Processes;
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        var alex = config.Users[config.CurrentUserId];
        var megan = config.Users["user-id-1"];
        // Graph, not the configured directory, names the manager: a name the sample directory does not hold.
        desk.Graph.Add(new FakeUser(alex.AadObjectId, alex.Name, megan.AadObjectId), new FakeUser(megan.AadObjectId, "Megan Bowen (Graph)"));
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);
        await using var log = await processes.OpenLogAsync(CancellationToken.None);
        var requester = new PlaygroundPerson(processes, stream, config.CurrentUserId, config.PersonalChatId, "en-US");

        var number = await GraphRequests.RequestCrmAsync(requester, string.Empty, "Megan Bowen (Graph)");
        var decided = await GraphRequests.ApproveAsync(desk, log, number, megan, config.TenantId);
        Assert.True(decided.Contains("Approved by Megan Bowen on", StringComparison.Ordinal), decided);

        await Wait.UntilAsync(
            _ => Task.FromResult(desk.Graph.GroupMembers[GraphDesk.CrmGroup].Contains(alex.AadObjectId)),
            GraphRequests.Timeout, "the requester in the CRM's group", processes.Diagnostics);
        Assert.Contains(desk.Graph.Requests, r => r is { Method: "POST", Authorized: true }
            && r.PathAndQuery.Contains($"/groups/{GraphDesk.CrmGroup}/members/$ref", StringComparison.Ordinal));
        await requester.NextTextAsync(
            $"Your request {number}: you now have CRM (Dynamics 365 Sales) (Read). You were added to its group; it can take a few minutes to reach every app.");
    }
}
