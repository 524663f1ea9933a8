using ServiceDesk.EndToEnd.Tests.Flows;
using ServiceDesk.EndToEnd.Tests.Playground;
using ServiceDesk.EndToEnd.Tests.Support;
using ServiceDesk.Infra.Tests.Graph;

namespace ServiceDesk.EndToEnd.Tests.Graph;

/// <summary>
/// A temporary access end to end: granted through the fake Graph until an end date five days away; the bot's clock
/// moved to three days before the end, the employee gets the notice with "Ask to extend" in the Playground (and the
/// button opens a new request); moved past the end date, the fake Graph receives the removal, the employee is told and
/// the request's history records both.
/// </summary>
public sealed class TemporaryAccessFlowTests(GraphDesk desk) : IClassFixture<GraphDesk>
{
    [Fact]
    public async Task At_its_end_date_a_temporary_access_is_removed_through_Graph_after_a_notice_with_Ask_to_extend()
    {
        var processes = desk.Processes;
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        var alex = config.Users[config.CurrentUserId];
        var megan = config.Users["user-id-1"];
        desk.Graph.Add(new FakeUser(alex.AadObjectId, alex.Name, megan.AadObjectId), new FakeUser(megan.AadObjectId, "Megan Bowen (Graph)"));
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);
        await using var log = await processes.OpenLogAsync(CancellationToken.None);
        var requester = new PlaygroundPerson(processes, stream, config.CurrentUserId, config.PersonalChatId, "en-US");
        var end = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5);
        // Fulfilment:TimeZone is UTC: the access ends at the start of the day after its end date; told three days before.
        var removeAt = new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        var number = await GraphRequests.RequestCrmAsync(requester, end.ToString("yyyy-MM-dd"), "Megan Bowen (Graph)");
        await GraphRequests.ApproveAsync(desk, log, number, megan, config.TenantId);
        await Wait.UntilAsync(
            _ => Task.FromResult(desk.Graph.GroupMembers[GraphDesk.CrmGroup].Contains(alex.AadObjectId)),
            GraphRequests.Timeout, "the requester in the CRM's group", processes.Diagnostics);
        await requester.NextTextAsync($"Your request {number}: you now have CRM (Dynamics 365 Sales) (Read) until");

        var mark = stream.Messages.Count;
        await desk.MoveClockToAsync(removeAt.AddDays(-3).AddMinutes(1));
        var notice = CardView.From(await stream.WaitForAsync(
            m => m.ConversationId == config.PersonalChatId && CardView.From(m)?.Shows($"Your access to CRM (Dynamics 365 Sales) (Read) from request {number} ends on") == true,
            GraphRequests.Timeout, mark))!;
        Assert.True(notice.Shows("Ask to extend") && notice.HasAction("menu.requestAccess"), notice.Readable);
        Assert.Contains(alex.AadObjectId, desk.Graph.GroupMembers[GraphDesk.CrmGroup]);
        Assert.DoesNotContain(desk.Graph.Requests, r => r.Method == "DELETE");

        // "Ask to extend" opens a new request with this one's answers and asks only the new end date.
        var extension = (await requester.ExecuteAsync(notice, "menu.requestAccess")).ReplacedCard;
        Assert.True(extension.Shows("Is this access temporary?"), extension.Readable);
        await requester.NextTextAsync($"I filled in the access, the level and the reason of {number}: choose the new end date.");

        mark = stream.Messages.Count;
        await desk.MoveClockToAsync(removeAt.AddMinutes(1));
        await Wait.UntilAsync(
            _ => Task.FromResult(!desk.Graph.GroupMembers[GraphDesk.CrmGroup].Contains(alex.AadObjectId)),
            GraphRequests.Timeout, "the requester removed from the CRM's group", processes.Diagnostics);
        Assert.Contains(desk.Graph.Requests, r => r is { Method: "DELETE", Authorized: true }
            && r.PathAndQuery.Contains($"/groups/{GraphDesk.CrmGroup}/members/{alex.AadObjectId}/$ref", StringComparison.Ordinal));
        await stream.WaitForAsync(
            m => m.ConversationId == config.PersonalChatId
                && m.Text?.Contains($"Your temporary access to CRM (Dynamics 365 Sales) (Read) from request {number} has ended", StringComparison.Ordinal) == true,
            GraphRequests.Timeout, mark);

        string? history = null;
        await Wait.UntilAsync(
            async _ => (history = await desk.TicketJsonAsync(number)).Contains($"{alex.Name} removed from the Entra group {GraphDesk.CrmGroup} through Microsoft Graph.", StringComparison.Ordinal),
            GraphRequests.Timeout, "the removal on the request's history", () => history ?? string.Empty);
        Assert.Contains($"{alex.Name} told the access ends on", history, StringComparison.Ordinal);
    }
}
