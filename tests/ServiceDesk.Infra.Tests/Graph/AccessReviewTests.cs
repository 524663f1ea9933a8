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

/// <summary>
/// Access reviews as the host runs them: the real stores (SQLite), the group's owners and the removals through the
/// real Graph client against the fake Graph; the owner's clicks through the review card's handler.
/// </summary>
public sealed partial class AccessReviewTests
{
    private static readonly TicketPerson Claire = new("29:claire", People.Claire, "Claire Bernard");
    private static readonly Person MarieClicks = new("29:marie", Marie, "Marie Martin");

    /// <summary>Jean's and Claire's CRM access granted through Graph; Marie owns the group.</summary>
    private static async Task<(FulfilmentHarness H, Ticket Jean, Ticket Claire)> GrantedAsync(Dictionary<string, string?>? settings = null)
    {
        var h = await FulfilmentHarness.StartAsync(settings);
        h.Graph.Add(new FakeUser(Marie, "Marie Martin"));
        h.Graph.GroupOwners[Group] = [Marie];
        h.Graph.GroupMembers[Group] = [];
        var jean = await h.RunAsync(await h.ApprovedAsync());
        var claire = await h.RunAsync(await h.ApprovedAsync(who: Claire));
        Assert.Equal([TicketStatus.Fulfilled, TicketStatus.Fulfilled], new[] { jean.Status, claire.Status });
        return (h, jean, claire);
    }

    private static AccessReviewRunner Reviews(FulfilmentHarness h) => h.Host.Provider.GetRequiredService<AccessReviewRunner>();

    private static AccessReviewHandler Handler(FulfilmentHarness h) => new(
        h.Host.Provider.GetRequiredService<AccessReviewStore>(), FulfilmentHarness.Catalogue(), h.Host.Provider.GetRequiredService<AccessReviewDecisions>(), h.Clock);

    private static Task<TurnResult> ClickAsync(FulfilmentHarness h, string verb, int page = 1, Ticket? ticket = null, Person? who = null, int cycle = 1) =>
        Handler(h).HandleAsync(new Turn(TurnKind.CardAction, "activity-1", who ?? MarieClicks, TestTickets.AgentsChannel, "en-US", null, null,
            new CardAction(verb, JsonSerializer.SerializeToElement(AccessReviewVerbs.Data("crm", cycle, page, ticket?.Number.ToString())), true),
            h.Clock.GetUtcNow()), default);

    private static async Task<string> CardSentAsync(FulfilmentHarness h, string what, string owner = Marie, int cycle = 1) =>
        (await h.Outbox.GetAsync($"access-review/crm/{cycle}/{what}/{owner}", default))?.Draft.Payload ?? string.Empty;

    private static string Shown(TurnResult result) => JsonSerializer.Serialize(result.Invoke?.Card, Cards.CardJson.Options);

    [Fact]
    public async Task Review_Starts_AndTheOwnerFromGraphGetsOneCardListingEveryHolder_Once()
    {
        var (h, jean, claire) = await GrantedAsync();
        await using var _h = h;
        await h.ApprovedAsync(resource: "wiki");

        Assert.Equal(1, await Reviews(h).RunOnceAsync(default));
        Assert.Equal(0, await Reviews(h).RunOnceAsync(default));

        var card = await CardSentAsync(h, "card");
        Assert.Contains("Access review: CRM", card, StringComparison.Ordinal);
        Assert.Contains(jean.Number.ToString(), card, StringComparison.Ordinal);
        Assert.Contains(claire.Number.ToString(), card, StringComparison.Ordinal);
        Assert.Contains("Claire Bernard", card, StringComparison.Ordinal);
        Assert.Contains(AccessReviewVerbs.KeepAll, card, StringComparison.Ordinal);
        Assert.Equal(string.Empty, await CardSentAsync(h, "card", Paul));
        Assert.Contains(h.Graph.Requests, r => r.PathAndQuery.Contains($"/groups/{Group}/owners", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Remove_ClickedTwice_IsOneJob_ThatRemovesTheMember_RecordsIt_AndTellsTheHolder()
    {
        var (h, jean, claire) = await GrantedAsync();
        await using var _h = h;
        await Reviews(h).RunOnceAsync(default);

        await ClickAsync(h, AccessReviewVerbs.Remove, ticket: jean);
        var second = await ClickAsync(h, AccessReviewVerbs.Remove, ticket: jean);

        Assert.Contains("Removal decided by Marie Martin", Shown(second), StringComparison.Ordinal);
        var job = await h.Jobs.GetAsync($"{jean.Number}/review-1", default);
        Assert.Equal(MembershipChange.Review, job!.Job.Change);
        var stored = await h.RunAsync(jean);
        Assert.Equal([Claire.AadObjectId!], h.Graph.GroupMembers[Group]);
        Assert.Equal(1, h.Graph.Requests.Count(r => r.Method == "DELETE"));
        var last = (await h.Tickets.GetHistoryAsync(jean.Number, default))[^1];
        Assert.Contains("chose Remove at the access review", last.Text, StringComparison.Ordinal);
        Assert.Contains(new FieldChange("access", "granted", "removed"), last.Changes);
        Assert.Contains("a revu qui en a besoin", await h.SentAsync(stored, "fulfilment"), StringComparison.Ordinal);
        Assert.Null(await h.Jobs.GetAsync($"{claire.Number}/review-1", default));
    }

    [Fact]
    public async Task NextReview_AfterTheSetDays_ListsOnlyWhoStillHoldsTheAccess()
    {
        var (h, jean, claire) = await GrantedAsync();
        await using var _h = h;
        await Reviews(h).RunOnceAsync(default);
        await ClickAsync(h, AccessReviewVerbs.Remove, ticket: jean);
        await h.RunAsync(jean);

        h.Clock.Advance(TimeSpan.FromDays(89));
        Assert.Equal(0, await Reviews(h).RunOnceAsync(default));
        h.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await Reviews(h).RunOnceAsync(default));

        var card = await CardSentAsync(h, "card", cycle: 2);
        Assert.DoesNotContain(jean.Number.ToString(), card, StringComparison.Ordinal);
        Assert.Contains(claire.Number.ToString(), card, StringComparison.Ordinal);
        Assert.Contains(AccessReviewTextKeysIn.English("review.closed"), await RefusalAsync(ClickAsync(h, AccessReviewVerbs.Keep, ticket: claire, cycle: 1)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneWhoIsNotAnOwner_IsRefused_AndNothingIsDecided()
    {
        var (h, jean, _) = await GrantedAsync();
        await using var _h = h;
        await Reviews(h).RunOnceAsync(default);

        var refused = await RefusalAsync(ClickAsync(h, AccessReviewVerbs.Remove, ticket: jean, who: new Person("29:paul", Paul, "Paul Durand")));

        Assert.Contains("Only the owners of CRM", refused, StringComparison.Ordinal);
        Assert.Null(await h.Jobs.GetAsync($"{jean.Number}/review-1", default));
        var page = await h.Host.Provider.GetRequiredService<AccessReviewStore>().PageAsync("crm", 1, 1, default);
        Assert.All(page!.Value.Holders, holder => Assert.Null(holder.Decision));
    }

    [Fact]
    public async Task KeepAll_KeepsEveryoneNotRemoved_FinishesTheReview_AndNoReminderFollows()
    {
        var (h, jean, claire) = await GrantedAsync();
        await using var _h = h;
        await Reviews(h).RunOnceAsync(default);
        await ClickAsync(h, AccessReviewVerbs.Remove, ticket: jean);

        var shown = Shown(await ClickAsync(h, AccessReviewVerbs.KeepAll));
        h.Clock.Advance(TimeSpan.FromDays(15));
        await Reviews(h).RunOnceAsync(default);

        Assert.Contains("Review finished by Marie Martin", shown, StringComparison.Ordinal);
        Assert.Contains("Keep all", shown, StringComparison.Ordinal);
        Assert.Contains("by Marie Martin", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(AccessReviewVerbs.Remove, shown, StringComparison.Ordinal);
        Assert.Equal(string.Empty, await CardSentAsync(h, "reminder"));
        Assert.Contains(AccessReviewTextKeysIn.English("review.closed"), Shown(await ClickAsync(h, AccessReviewVerbs.Remove, ticket: claire)), StringComparison.Ordinal);
        Assert.Null(await h.Jobs.GetAsync($"{claire.Number}/review-1", default));
    }

    [Fact]
    public async Task Review_NotFinishedInTime_RemindsTheOwnerOnce_WithWhoIsLeft()
    {
        var (h, jean, _) = await GrantedAsync();
        await using var _h = h;
        await Reviews(h).RunOnceAsync(default);
        await ClickAsync(h, AccessReviewVerbs.Keep, ticket: jean);

        h.Clock.Advance(TimeSpan.FromDays(13));
        await Reviews(h).RunOnceAsync(default);
        Assert.Equal(string.Empty, await CardSentAsync(h, "reminder"));
        h.Clock.Advance(TimeSpan.FromDays(2));
        await Reviews(h).RunOnceAsync(default);
        await Reviews(h).RunOnceAsync(default);

        Assert.Contains("Reminder: the access review of CRM is not finished, 1 person is still to decide", await CardSentAsync(h, "reminder"), StringComparison.Ordinal);
        Assert.True((await h.Host.Provider.GetRequiredService<AccessReviewStore>().HeadAsync("crm", default))!.Value.Reminded);
    }

    [Fact]
    public async Task SmallPages_TheCardPagesThroughEveryHolder()
    {
        var (h, jean, claire) = await GrantedAsync(new() { ["Fulfilment:ReviewPageSize"] = "1" });
        await using var _h = h;
        await Reviews(h).RunOnceAsync(default);

        var first = await CardSentAsync(h, "card");
        var second = Shown(await ClickAsync(h, AccessReviewVerbs.Page, page: 2));

        Assert.Contains("Page 1 of 2", first, StringComparison.Ordinal);
        Assert.DoesNotContain(claire.Number.ToString(), first, StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", second, StringComparison.Ordinal);
        Assert.Contains(claire.Number.ToString(), second, StringComparison.Ordinal);
        Assert.DoesNotContain(jean.Number.ToString(), second, StringComparison.Ordinal);
        Assert.Contains(AccessReviewTextKeysIn.English("review.notFound"), await RefusalAsync(ClickAsync(h, AccessReviewVerbs.Page, page: 3)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OwnersRefused_403_WithNoNamedOwner_NoReviewStarts_AndNothingIsSent()
    {
        var (h, _, _) = await GrantedAsync();
        await using var _h = h;
        h.Graph.Script($"/groups/{Group}/owners", FakeGraph.Forbidden);

        Assert.Equal(0, await Reviews(h).RunOnceAsync(default));

        Assert.Equal(string.Empty, await CardSentAsync(h, "card"));
        Assert.Null(await h.Host.Provider.GetRequiredService<AccessReviewStore>().HeadAsync("crm", default));
    }

    private static async Task<string> RefusalAsync(Task<TurnResult> click) => (await click).Invoke?.Message ?? string.Empty;
}

/// <summary>The English text of a key, as the owner reads it.</summary>
internal static class AccessReviewTextKeysIn
{
    public static string English(string key) => Dialogs.Localization.Texts.English.Get(key);
}
