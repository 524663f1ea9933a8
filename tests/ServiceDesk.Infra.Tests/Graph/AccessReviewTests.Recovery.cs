using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Flows.Fulfilment;
using ServiceDesk.Dialogs.Flows.Fulfilment.Reviews;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Infra.Tests.Records;
using static ServiceDesk.Infra.Tests.Graph.People;

namespace ServiceDesk.Infra.Tests.Graph;

// A review's decisions carried out again at every pass: a crash between a decision and its effect loses nothing, doubles nothing.
public sealed partial class AccessReviewTests
{
    [Fact]
    public async Task A_crash_between_a_Remove_decision_and_its_job_loses_neither_the_next_pass_makes_the_one_job()
    {
        var (h, jean, claire) = await GrantedAsync();
        await using var _h = h;
        await Reviews(h).RunOnceAsync(default);
        // The decision stored, and the process gone before its job: what the click's first write leaves.
        var store = h.Host.Provider.GetRequiredService<AccessReviewStore>();
        var page = (await store.PageAsync("crm", 1, 1, default))!;
        var decided = page.Value with
        {
            Holders = [.. page.Value.Holders.Select(x => x.Ticket == jean.Number.ToString() ? x with { Decision = ReviewDecision.Remove, DecidedBy = "Marie Martin", DecidedAt = h.Clock.GetUtcNow() } : x)],
        };
        Assert.Equal(SaveOutcome.Saved, await store.SavePageAsync("crm", 1, decided, page.ETag, default));
        Assert.Null(await h.Jobs.GetAsync($"{jean.Number}/review-1", default));

        await Reviews(h).RunOnceAsync(default);
        var job = await h.Jobs.GetAsync($"{jean.Number}/review-1", default);
        await Reviews(h).RunOnceAsync(default);
        await ClickAsync(h, AccessReviewVerbs.Remove, ticket: jean);
        await h.RunAsync(jean);
        await Reviews(h).RunOnceAsync(default);

        Assert.Equal(MembershipChange.Review, job!.Job.Change);
        Assert.Equal(1, h.Graph.Requests.Count(r => r.Method == "DELETE"));
        Assert.Equal([Claire.AadObjectId!], h.Graph.GroupMembers[Group]);
        Assert.Single(await h.Tickets.GetHistoryAsync(jean.Number, default), e => e.Text?.Contains("chose Remove at the access review", StringComparison.Ordinal) == true);
        Assert.Null(await h.Jobs.GetAsync($"{claire.Number}/review-1", default));
    }

    [Fact]
    public async Task Keep_is_recorded_once_on_the_requests_history_and_Keep_all_records_the_others_at_the_next_pass_once()
    {
        var (h, jean, claire) = await GrantedAsync();
        await using var _h = h;
        await Reviews(h).RunOnceAsync(default);
        static async Task<int> KeptAsync(FulfilmentHarness h, Ticket ticket) =>
            (await h.Tickets.GetHistoryAsync(ticket.Number, default)).Count(e => e.Changes.Contains(new FieldChange("accessReview", null, "kept #1")));

        await ClickAsync(h, AccessReviewVerbs.Keep, ticket: jean);
        await ClickAsync(h, AccessReviewVerbs.Keep, ticket: jean);
        Assert.Equal((1, 0), (await KeptAsync(h, jean), await KeptAsync(h, claire)));
        var line = (await h.Tickets.GetHistoryAsync(jean.Number, default))[^1];
        Assert.Equal("Kept at the access review #1 of CRM by Marie Martin: the resource's owner confirmed it is still needed.", line.Text);
        Assert.Equal("Marie Martin", line.Actor.Name);

        await ClickAsync(h, AccessReviewVerbs.KeepAll);
        await Reviews(h).RunOnceAsync(default);
        await Reviews(h).RunOnceAsync(default);

        Assert.Equal((1, 1), (await KeptAsync(h, jean), await KeptAsync(h, claire)));
        Assert.True((await h.Host.Provider.GetRequiredService<AccessReviewStore>().HeadAsync("crm", default))!.Value.DecisionsCarriedOut);
        Assert.DoesNotContain(h.Graph.Requests, r => r.Method == "DELETE");
    }
}
