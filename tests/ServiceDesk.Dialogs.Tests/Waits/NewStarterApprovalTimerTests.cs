using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Tickets.Waits;
using static ServiceDesk.Dialogs.Tests.Flows.Approval.ApprovalTestData;
using static ServiceDesk.Dialogs.Tests.Sla.SlaClocks;

namespace ServiceDesk.Dialogs.Tests.Waits;

/// <summary>
/// A new starter's request on the same hand-worked week as an access request (made Monday 23 November 2026 at 16:00,
/// reminder after 8 business hours, escalation or expiry after 16): only the item still awaiting a decision is
/// reminded, sent to the fallback and expired; the item already approved stays, and the request goes on with it.
/// </summary>
public sealed class NewStarterApprovalTimerTests
{
    private static readonly TicketPerson MariePerson = new("29:marie", "aad-marie", "Marie Martin");
    private readonly WaitHarness _harness;

    public NewStarterApprovalTimerTests()
    {
        _harness = new WaitHarness(o =>
        {
            o.Approvals.RemindAfterHours = 8;
            o.Approvals.ExpireAfterHours = 16;
            o.Approvals.Fallback = [WaitHarness.Frank];
        });
        var made = ParisTime(2026, 11, 23, 16);
        _harness.Tickets.Put(Request() with
        {
            CreatedAt = made,
            UpdatedAt = made,
            Access = null,
            Category = "new-starter",
            NewStarter = new NewStarterDetails("Julie Martin", null, new DateOnly(2026, 12, 7),
            [
                new RequestItem("crm", "read", ["29:marie", "aad-marie"], [MariePerson], ItemDecision.Pending),
                new RequestItem("hr-share", "read", ["29:marie", "aad-marie"], [MariePerson], ItemDecision.Approved, "29:marie", "Marie Martin", made),
            ]),
        });
        _harness.Profiles.SaveAsync(Profile(Jean, "en-US", JeanChat), default);
        _harness.Profiles.SaveAsync(Profile(MariePerson, "en-US", MarieChat), default);
    }

    [Fact]
    public async Task OnlyThePendingItem_IsReminded_Escalated_ThenExpires_AndTheRequestGoesOnWithTheApprovedOne()
    {
        Assert.Equal(WaitOutcome.NotDue, await CheckAtAsync(ParisTime(2026, 11, 24, 13, 59)));
        Assert.Equal(WaitOutcome.Reminded, await CheckAtAsync(ParisTime(2026, 11, 24, 14)));
        Assert.Equal(["REQ-000012/v2/approval/0/29:marie"], Cards());
        Assert.Contains("Reminder: this request has waited for your decision since", CardInspection.AllText(OutboxMessage.Card(_harness.Tickets.Outbox[0].Payload)!), StringComparison.Ordinal);

        Assert.Equal(WaitOutcome.Escalated, await CheckAtAsync(ParisTime(2026, 11, 25, 12)));
        Assert.Equal(["REQ-000012/v2/approval/0/29:marie", "REQ-000012/v3/approval/0/29:frank"], Cards());
        var escalated = (await _harness.Tickets.GetAsync(Number, default))!.NewStarter!;
        Assert.Equal(["Marie Martin", "Frank Fallback"], escalated.Items[0].Approvers.Select(a => a.Name));
        Assert.Equal(["Marie Martin"], escalated.Items[1].Approvers.Select(a => a.Name));

        Assert.Equal(WaitOutcome.Reminded, await CheckAtAsync(ParisTime(2026, 11, 26, 10)));
        Assert.Equal(WaitOutcome.Expired, await CheckAtAsync(ParisTime(2026, 11, 26, 18)));

        var ticket = (await _harness.Tickets.GetAsync(Number, default))!;
        Assert.Equal(TicketStatus.Approved, ticket.Status);
        Assert.Equal([ItemDecision.Expired, ItemDecision.Approved], ticket.NewStarter!.Items.Select(i => i.Decision));
        Assert.Contains(_harness.Tickets.Outbox, d => d.RecipientUserId == Jean.Id && d.Payload.Contains("expired", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EachTimerStep_UpdatesTheRequestsCardInTheAgentsQueue_InPlace()
    {
        var posted = new PostedCard("19:queue;messageid=1", "1");
        var ticket = (await _harness.Tickets.GetAsync(Number, default))!;
        _harness.Tickets.Put(ticket with { Cards = new TicketCards(posted, null) });

        Assert.Equal(WaitOutcome.Reminded, await CheckAtAsync(ParisTime(2026, 11, 24, 14)));
        Assert.Equal(WaitOutcome.Escalated, await CheckAtAsync(ParisTime(2026, 11, 25, 12)));
        Assert.Equal(WaitOutcome.Reminded, await CheckAtAsync(ParisTime(2026, 11, 26, 10)));
        Assert.Equal(WaitOutcome.Expired, await CheckAtAsync(ParisTime(2026, 11, 26, 18)));

        var updates = _harness.Tickets.Outbox.Where(d => d.Purpose == ServiceDesk.Dialogs.Agents.QueueOutbox.UpdatePurpose).ToList();
        Assert.Equal(4, updates.Count);
        Assert.All(updates, u => Assert.Equal(OutboxKind.UpdateActivity, u.Kind));
        Assert.Contains("Approved", updates[^1].Payload, StringComparison.Ordinal);
    }

    private async Task<WaitOutcome> CheckAtAsync(DateTimeOffset at) =>
        await _harness.Approvals.CheckAsync((await _harness.Tickets.GetAsync(Number, default))!, at, default);

    private List<string> Cards() =>
        [.. _harness.Tickets.Outbox.Where(d => d.Purpose == AccessOutbox.ApprovalCardPurpose).Select(d => d.IdempotencyKey)];
}
