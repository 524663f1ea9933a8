using System.Text.Json.Nodes;
using ServiceDesk.EndToEnd.Tests.Agents;
using ServiceDesk.EndToEnd.Tests.Flows;
using ServiceDesk.EndToEnd.Tests.Playground;
using ServiceDesk.EndToEnd.Tests.Support;
using ServiceDesk.Infra.Tests.Graph;

namespace ServiceDesk.EndToEnd.Tests.Graph;

/// <summary>
/// An access review end to end: Alex and Isaiah each get the CRM through the fake Graph (approved by their manager
/// Megan); the bot's clock moved 30 days on, the CRM's owner from Graph (Patti) gets one review card listing both;
/// she chooses Remove for Isaiah and Keep for Alex: the fake Graph receives Isaiah's removal only, Isaiah is told,
/// and both decisions are on the requests' histories.
/// </summary>
public sealed class AccessReviewFlowTests(ReviewDesk desk) : IClassFixture<ReviewDesk>
{
    /// <summary>The review worker looks once a minute (its shortest interval), on a loaded machine.</summary>
    private static readonly TimeSpan ReviewTimeout = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task A_review_card_to_the_owner_removes_through_Graph_the_one_person_removed_and_keeps_the_other()
    {
        var processes = desk.Processes;
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        var alex = config.Users[config.CurrentUserId];
        var megan = config.Users["user-id-1"];
        var isaiah = config.Users["user-id-3"];
        var patti = config.Users["user-id-4"];
        desk.Graph.Add(
            new FakeUser(alex.AadObjectId, alex.Name, megan.AadObjectId),
            new FakeUser(isaiah.AadObjectId, isaiah.Name, megan.AadObjectId),
            new FakeUser(megan.AadObjectId, "Megan Bowen (Graph)"));
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);
        await using var log = await processes.OpenLogAsync(CancellationToken.None);

        // Two holders: Alex, then Isaiah in the same chat (custom activities: the Playground's own APIs write as Alex only).
        var kept = await GrantAsync(new PlaygroundPerson(processes, stream, alex.Id, config.PersonalChatId, "en-US"), alex, megan, log, config.TenantId, submit: false);
        var asIsaiah = new JsonObject { ["id"] = isaiah.Id, ["name"] = isaiah.Name, ["aadObjectId"] = isaiah.AadObjectId };
        var removed = await GrantAsync(new PlaygroundPerson(processes, stream, isaiah.Id, config.PersonalChatId, "en-US", asIsaiah), isaiah, megan, log, config.TenantId, submit: true);

        // Graph names the owner by her Entra object id only; she once talked to the bot (her turn carried that object id),
        // so her card goes to that 1:1 chat: no agents' queue is set up to start one from.
        Assert.Equal(ReviewDesk.OwnerObjectId, patti.AadObjectId);
        var asPatti = new JsonObject { ["id"] = patti.Id, ["name"] = patti.Name, ["aadObjectId"] = patti.AadObjectId };
        var owner = new PlaygroundPerson(processes, stream, patti.Id, config.PersonalChatId, "en-US", asPatti);
        await owner.SayAsync("hello");
        await owner.NextAsync(_ => true, "an answer to Patti's hello");

        var mark = stream.Messages.Count;
        await desk.MoveClockToAsync(DateTimeOffset.UtcNow.AddDays(ReviewDesk.ReviewEveryDays).AddHours(1));
        var (card, chat) = await GraphRequests.SentCardAsync(desk, log, "Access review: CRM (Dynamics 365 Sales)",
            c => c.ToJsonString().Contains(kept, StringComparison.Ordinal) && c.ToJsonString().Contains(removed, StringComparison.Ordinal), ReviewTimeout);
        Assert.Equal(config.PersonalChatId, chat);
        var review = new CardView(chat ?? string.Empty, string.Empty, card);
        Assert.True(review.Shows("These 2 people hold CRM (Dynamics 365 Sales) through the service desk") && review.Shows("Keep all"), review.Readable);

        var afterRemove = await ClickAsync(review, "accessReview.remove", removed, patti, config.TenantId);
        Assert.Contains("Removal decided by Patti Fernandez", afterRemove, StringComparison.Ordinal);
        var afterKeep = await ClickAsync(review, "accessReview.keep", kept, patti, config.TenantId);
        Assert.Contains("Kept by Patti Fernandez", afterKeep, StringComparison.Ordinal);

        await Wait.UntilAsync(
            _ => Task.FromResult(!desk.Graph.GroupMembers[GraphDesk.CrmGroup].Contains(isaiah.AadObjectId)),
            GraphRequests.Timeout, "Isaiah removed from the CRM's group", processes.Diagnostics);
        await stream.WaitForAsync(
            m => m.Text?.Contains($"Your access to CRM (Dynamics 365 Sales) (Read) from request {removed} was removed", StringComparison.Ordinal) == true,
            GraphRequests.Timeout, mark);
        // The API's JSON writes an apostrophe as \u0027.
        string? history = null;
        await Wait.UntilAsync(
            async _ => (history = await desk.TicketJsonAsync(removed)).Contains("through Microsoft Graph: the resource\\u0027s owner chose Remove at the access review", StringComparison.Ordinal),
            GraphRequests.Timeout, "the removal on Isaiah's request", () => history ?? string.Empty);
        await Wait.UntilAsync(
            async _ => (history = await desk.TicketJsonAsync(kept)).Contains("Kept at the access review #2 of CRM (Dynamics 365 Sales) by Patti Fernandez: the resource\\u0027s owner confirmed", StringComparison.Ordinal),
            GraphRequests.Timeout, "the Keep on Alex's request", () => history ?? string.Empty);

        // Only Isaiah's membership was ever removed: Alex keeps the access.
        Assert.Contains(alex.AadObjectId, desk.Graph.GroupMembers[GraphDesk.CrmGroup]);
        Assert.Equal(
            [$"/v1.0/groups/{GraphDesk.CrmGroup}/members/{isaiah.AadObjectId}/$ref"],
            desk.Graph.Requests.Where(r => r.Method == "DELETE").Select(r => r.PathAndQuery).Distinct());
    }

    /// <summary>A CRM (Read) request by <paramref name="person"/>, approved by Megan and fulfilled through the fake Graph; its number.</summary>
    private async Task<string> GrantAsync(PlaygroundPerson person, PlaygroundUser who, PlaygroundUser megan, PlaygroundLog log, string tenantId, bool submit)
    {
        var number = await GraphRequests.RequestCrmAsync(person, string.Empty, "Megan Bowen (Graph)", submit);
        await GraphRequests.ApproveAsync(desk, log, number, megan, tenantId);
        await Wait.UntilAsync(
            _ => Task.FromResult(desk.Graph.GroupMembers[GraphDesk.CrmGroup].Contains(who.AadObjectId)),
            GraphRequests.Timeout, $"{who.Name} in the CRM's group", desk.Processes.Diagnostics);
        await person.NextTextAsync($"Your request {number}: you now have CRM (Dynamics 365 Sales) (Read).");
        return number;
    }

    /// <summary>The owner's click on one holder's button of the review card; the bot's answer.</summary>
    private Task<string> ClickAsync(CardView review, string verb, string ticket, PlaygroundUser owner, string tenantId)
    {
        var data = review.ActionData(verb, "ticket", ticket);
        data["verb"] ??= verb;
        return GraphRequests.ClickAsync(desk, owner, review.ConversationId is { Length: > 0 } chat ? chat : "a:owner-chat", tenantId, data);
    }
}
