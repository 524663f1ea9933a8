using System.Text.Json.Nodes;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Tickets.Waits;
using static ServiceDesk.Dialogs.Tests.Flows.Approval.ApprovalTestData;
using static ServiceDesk.Dialogs.Tests.Sla.SlaClocks;

namespace ServiceDesk.Dialogs.Tests.Waits;

/// <summary>
/// An approval that does not wait forever, worked by hand on the Paris calendar (Mon–Fri 08:00–18:00) with a reminder
/// after 8 business hours and an escalation or expiry after 16. The request is made Monday 23 November 2026 at 16:00:
/// Monday gives 2 hours, Tuesday 08:00–14:00 the other 6 (reminder Tuesday 14:00), Tuesday's rest 4 and Wednesday
/// 08:00–12:00 the last 4 (escalation to Frank Wednesday 12:00). From there: Wednesday 6 + Thursday 2 (reminder
/// Thursday 10:00), Thursday's other 8 (expiry Thursday 26 November 18:00, the close of business).
/// </summary>
public sealed class ApprovalTimerTests
{
    private readonly WaitHarness _harness;

    public ApprovalTimerTests()
    {
        _harness = new WaitHarness(o =>
        {
            o.Approvals.RemindAfterHours = 8;
            o.Approvals.ExpireAfterHours = 16;
            o.Approvals.Fallback = [WaitHarness.Frank];
        });
        var made = ParisTime(2026, 11, 23, 16);
        _harness.Tickets.Put(Request() with { CreatedAt = made, UpdatedAt = made, Cards = new TicketCards(null, null, new PostedCard("a:marie", "activity-7")) });
        _harness.Profiles.SaveAsync(Profile(Jean, "fr-FR", JeanChat), default);
        _harness.Profiles.SaveAsync(Profile(new TicketPerson(Marie.Id, Marie.AadObjectId, Marie.Name), "en-US", MarieChat), default);
    }

    private async Task<WaitOutcome> CheckAtAsync(DateTimeOffset at) =>
        await _harness.Approvals.CheckAsync((await _harness.Tickets.GetAsync(Number, default))!, at, default);

    private List<string> TextsTo(string userId) =>
        [.. _harness.Tickets.Outbox.Where(o => o.RecipientUserId == userId).Select(o => (string?)JsonNode.Parse(o.Payload)!["text"] ?? o.Payload)];

    [Fact]
    public async Task TheHandWorkedWeek_RemindsTuesday14_EscalatesWednesday12_RemindsThursday10_ExpiresThursday18()
    {
        Assert.Equal(WaitOutcome.NotDue, await CheckAtAsync(ParisTime(2026, 11, 24, 13, 59)));
        Assert.Equal(WaitOutcome.Reminded, await CheckAtAsync(ParisTime(2026, 11, 24, 14)));
        Assert.Equal(WaitOutcome.NotDue, await CheckAtAsync(ParisTime(2026, 11, 24, 14, 1)));
        Assert.Equal(WaitOutcome.NotDue, await CheckAtAsync(ParisTime(2026, 11, 25, 11, 59)));
        Assert.Equal(WaitOutcome.Escalated, await CheckAtAsync(ParisTime(2026, 11, 25, 12)));
        Assert.Equal(WaitOutcome.NotDue, await CheckAtAsync(ParisTime(2026, 11, 26, 9, 59)));
        Assert.Equal(WaitOutcome.Reminded, await CheckAtAsync(ParisTime(2026, 11, 26, 10)));
        Assert.Equal(WaitOutcome.NotDue, await CheckAtAsync(ParisTime(2026, 11, 26, 17, 59)));
        Assert.Equal(WaitOutcome.Expired, await CheckAtAsync(ParisTime(2026, 11, 26, 18)));
        Assert.Equal(WaitOutcome.NotDue, await CheckAtAsync(ParisTime(2026, 11, 30, 10)));

        var history = await _harness.Tickets.GetHistoryAsync(Number, default);
        Assert.Equal(
            [TicketEventKind.Reminded, TicketEventKind.Escalated, TicketEventKind.Reminded, TicketEventKind.Expired],
            history.Select(e => e.Kind));
        Assert.All(history, e => Assert.Equal(ApprovalTimer.Actor, e.Actor));

        var ticket = (await _harness.Tickets.GetAsync(Number, default))!;
        Assert.Equal((TicketStatus.Cancelled, ApprovalTimer.Actor.Id, false), (ticket.Status, ticket.Access!.DecidedBy, ticket.Withdrawn));
        Assert.Contains("29:frank", ticket.Access.ApproverIds);
        Assert.Equal(["Marie Martin", "Frank Fallback"], ticket.Access.Approvers!.Select(p => p.Name));

        // The requester, in French, each time.
        Assert.Equal(
        [
            "Votre demande REQ-000012 attend toujours une décision : j'ai relancé Marie Martin.",
            "Personne n'a décidé de votre demande REQ-000012 en 16 heures ouvrées : je l'ai transmise à Frank Fallback.",
            "Votre demande REQ-000012 attend toujours une décision : j'ai relancé Marie Martin, Frank Fallback.",
            "Votre demande REQ-000012 a expiré : personne n'a décidé en 16 heures ouvrées. Refaites-la si vous en avez toujours besoin, ou parlez à quelqu'un.",
        ], TextsTo("29:jean"));

        // Marie got the card again with the reminder; Frank (no chat yet) gets his through a new 1:1 conversation.
        var toMarie = _harness.Tickets.Outbox.First(o => o.RecipientUserId == "29:marie");
        Assert.Equal((OutboxKind.Send, "a:marie"), (toMarie.Kind, toMarie.Target.ConversationId));
        Assert.Contains("Reminder: this request has waited for your decision since", toMarie.Payload, StringComparison.Ordinal);
        var toFrank = _harness.Tickets.Outbox.First(o => o.RecipientUserId == "29:frank");
        Assert.Equal(OutboxKind.CreatePersonalConversation, toFrank.Kind);
        Assert.Contains("nobody decided within 16 business hours", toFrank.Payload, StringComparison.Ordinal);

        // At expiry the posted approval card is replaced without buttons.
        var update = Assert.Single(_harness.Tickets.Outbox, o => o.Kind == OutboxKind.UpdateActivity);
        Assert.Contains("Expired on", update.Payload, StringComparison.Ordinal);
        Assert.DoesNotContain(ApprovalVerbs.Approve, update.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoInstances_ReadingTheSameVersion_RemindOnce()
    {
        var read = (await _harness.Tickets.GetAsync(Number, default))!;
        var at = ParisTime(2026, 11, 24, 14);

        var first = await _harness.Approvals.CheckAsync(read, at, default);
        var second = await _harness.Approvals.CheckAsync(read, at, default);

        Assert.Equal((WaitOutcome.Reminded, WaitOutcome.Skipped), (first, second));
        Assert.Single(TextsTo("29:jean"));
        Assert.Single(await _harness.Tickets.GetHistoryAsync(Number, default));
    }

    [Fact]
    public async Task AWorkerDownPastTheDeadline_EscalatesWithoutALateReminder()
    {
        Assert.Equal(WaitOutcome.Escalated, await CheckAtAsync(ParisTime(2026, 11, 25, 15)));

        Assert.Equal([TicketEventKind.Escalated], (await _harness.Tickets.GetHistoryAsync(Number, default)).Select(e => e.Kind));
    }

    [Fact]
    public async Task WithoutAFallbackApprover_TheRequestExpiresAtTheFirstDeadline()
    {
        _harness.Options.Approvals.Fallback = null;

        Assert.Equal(WaitOutcome.Reminded, await CheckAtAsync(ParisTime(2026, 11, 24, 14)));
        Assert.Equal(WaitOutcome.Expired, await CheckAtAsync(ParisTime(2026, 11, 25, 12)));
        Assert.Equal(TicketStatus.Cancelled, (await _harness.Tickets.GetAsync(Number, default))!.Status);
    }

    [Fact]
    public async Task ADecidedRequest_IsNeverReminded()
    {
        _harness.Tickets.Put(Request(status: TicketStatus.Approved) with { CreatedAt = ParisTime(2026, 11, 23, 16) });

        Assert.Equal(WaitOutcome.NotDue, await CheckAtAsync(ParisTime(2026, 11, 30, 12)));
        Assert.Empty(_harness.Tickets.Outbox);
    }

    [Fact]
    public async Task TheFallbackApprover_MayDecide_AfterTheEscalation()
    {
        await CheckAtAsync(ParisTime(2026, 11, 25, 12));
        var version = (await _harness.Tickets.GetAsync(Number, default))!.Version;
        var handler = new AccessApprovalHandler(_harness.Tickets, _harness.Profiles, Flows.RequestAccess.TestAccessCatalogue.Catalogue(),
            new FakeTimeProvider(ParisTime(2026, 11, 25, 13)), Agents.AgentParts.Notifier(_harness.Tickets),
            Flows.Fulfilment.FulfilmentParts.None(Flows.RequestAccess.TestAccessCatalogue.Catalogue()));

        var frank = new ServiceDesk.Dialogs.Turns.Person("29:frank", "aad-frank", "Frank Fallback");
        await handler.HandleAsync(Click(frank, "en-US", ApprovalVerbs.Approve, Data(ApprovalVerbs.Approve, version)), default);

        Assert.Equal((TicketStatus.Approved, "29:frank"), ((await _harness.Tickets.GetAsync(Number, default))!.Status, (await _harness.Tickets.GetAsync(Number, default))!.Access!.DecidedBy));
    }

    [Fact]
    public async Task TheMonitor_ReadsTheAwaitingApprovalQueue()
    {
        var result = await _harness.Monitor().RunOnceAsync(ParisTime(2026, 11, 24, 14), default);

        Assert.Equal((1, 1, 0), (result.Checked, result.Changed, result.Skipped));
    }

    [Fact]
    public async Task WithApprovalsSwitchedOff_TheMonitorLeavesTheRequestAlone_AndStillTimesTheHolds()
    {
        _harness.Options.Approvals.Enabled = false;
        var held = ParisTime(2026, 11, 16, 9);
        var hold = new TicketNumber(TicketKind.Incident, 46);
        _harness.Tickets.Put(new Ticket
        {
            Number = hold, Version = 1, Status = TicketStatus.OnHold, OnHoldReason = OnHoldReason.AwaitingRequester,
            Title = "Imprimante bloquée", Description = "Le bac 2 coince.", Category = "printing",
            Impact = Impact.Low, Urgency = Urgency.Medium, Priority = Priority.P3, Requester = Jean,
            CreatedAt = held, UpdatedAt = held,
            Sla = new SlaState(held.AddHours(1), held.AddDays(2), RespondedAt: held, PausedSince: held),
        });

        // Thursday 18:00: the request is long past its expiry, the hold long past its reminder.
        var result = await _harness.Monitor().RunOnceAsync(ParisTime(2026, 11, 26, 18), default);

        Assert.Equal((1, 1), (result.Checked, result.Changed));
        Assert.Equal(TicketStatus.AwaitingApproval, (await _harness.Tickets.GetAsync(Number, default))!.Status);
        Assert.Empty(await _harness.Tickets.GetHistoryAsync(Number, default));
        Assert.Equal([TicketEventKind.Reminded], (await _harness.Tickets.GetHistoryAsync(hold, default)).Select(e => e.Kind));
    }
}
