using System.Text.Json.Nodes;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Tests.Agents;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Tickets.Waits;
using static ServiceDesk.Dialogs.Tests.Flows.Approval.ApprovalTestData;
using static ServiceDesk.Dialogs.Tests.Sla.SlaClocks;

namespace ServiceDesk.Dialogs.Tests.Waits;

/// <summary>
/// A hold awaiting the requester, worked by hand on the Paris calendar with a reminder after 3 business days and an
/// automatic resolution after 5. On hold Friday 20 November 2026 at 15:00: the 3 working days are Monday, Tuesday and
/// Wednesday (reminder Wednesday 25th 15:00); the 5 are those and Thursday, Friday (resolution Friday 27th 15:00, later
/// than the earliest allowed, one business day after the reminder: Thursday 26th 15:00).
/// </summary>
public sealed class HoldTimerTests
{
    private static readonly TicketNumber Number = new(TicketKind.Incident, 40);
    private static readonly DateTimeOffset HeldAt = ParisTime(2026, 11, 20, 15);
    private readonly WaitHarness _harness;

    public HoldTimerTests()
    {
        _harness = new WaitHarness(o =>
        {
            o.Holds.RemindAfterDays = 3;
            o.Holds.AutoResolveAfterDays = 5;
        });
        _harness.Tickets.Put(OnHold(HeldAt));
        _harness.Profiles.SaveAsync(Profile(Jean, "fr-FR", JeanChat), default);
    }

    private static Ticket OnHold(DateTimeOffset since) => new()
    {
        Number = Number,
        Version = 4,
        Status = TicketStatus.OnHold,
        OnHoldReason = OnHoldReason.AwaitingRequester,
        Title = "Imprimante bloquée",
        Description = "Le bac 2 coince.",
        Category = "printing",
        Impact = Impact.Low,
        Urgency = Urgency.Medium,
        Priority = Priority.P3,
        Requester = Jean,
        Assignee = new TicketPerson("29:alice", null, "Alice Agent"),
        CreatedAt = since.AddHours(-2),
        UpdatedAt = since,
        Sla = new SlaState(since.AddHours(-1), since.AddDays(2), RespondedAt: since.AddHours(-1), PausedSince: since),
        Cards = new TicketCards(new PostedCard("19:queue@thread.tacv2;messageid=1", "1"), null),
    };

    private async Task<WaitOutcome> CheckAtAsync(DateTimeOffset at) =>
        await _harness.Holds.CheckAsync((await _harness.Tickets.GetAsync(Number, default))!, at, default);

    private List<string> Texts(Func<OutboxDraft, bool> which) =>
        [.. _harness.Tickets.Outbox.Where(which).Select(o => (string?)JsonNode.Parse(o.Payload)!["text"]).OfType<string>()];

    [Fact]
    public void BusinessDays_SkipWeekendsAndHolidays()
    {
        Assert.Equal(ParisTime(2026, 11, 25, 15), BusinessDays.Add(Calendar(), HeldAt, 3));
        // Tuesday 22 December: Wednesday, Thursday, (Christmas, the weekend), Monday 28th.
        Assert.Equal(ParisTime(2026, 12, 28, 10), BusinessDays.Add(Calendar(), ParisTime(2026, 12, 22, 10), 3));
    }

    [Fact]
    public async Task TheHandWorkedHold_RemindsWednesday_AnnouncingFriday_ThenResolvesFriday()
    {
        Assert.Equal(WaitOutcome.NotDue, await CheckAtAsync(ParisTime(2026, 11, 25, 14, 59)));
        Assert.Equal(WaitOutcome.Reminded, await CheckAtAsync(ParisTime(2026, 11, 25, 15)));
        Assert.Equal(WaitOutcome.NotDue, await CheckAtAsync(ParisTime(2026, 11, 25, 15, 1)));
        Assert.Equal(WaitOutcome.NotDue, await CheckAtAsync(ParisTime(2026, 11, 27, 14, 59)));
        Assert.Equal(WaitOutcome.Resolved, await CheckAtAsync(ParisTime(2026, 11, 27, 15)));

        var reminder = Assert.Single(Texts(o => o.Purpose == HoldOutbox.ReminderPurpose));
        Assert.Equal(
            "INC-000040 · Imprimante bloquée attend votre réponse depuis le 20/11/2026 15:00. Ouvrez-le dans mes tickets et ajoutez un commentaire pour que le traitement reprenne."
            + " Sans réponse, il sera résolu le 27/11/2026 15:00.",
            reminder);

        // The agents, in the queue's language, in the ticket's thread: at the reminder (with the date) and at the resolution.
        var thread = Texts(o => o.Purpose == "thread");
        Assert.Equal(2, thread.Count);
        Assert.Contains("Jean Dupont was reminded", thread[0], StringComparison.Ordinal);
        Assert.Contains("Without an answer it will be resolved automatically on 11/27/2026 3:00", thread[0], StringComparison.Ordinal);
        Assert.StartsWith("Resolved automatically: Jean Dupont had not answered since", thread[1], StringComparison.Ordinal);

        var resolved = (await _harness.Tickets.GetAsync(Number, default))!;
        Assert.Equal((TicketStatus.Resolved, null, null), (resolved.Status, resolved.OnHoldReason, resolved.Sla!.PausedSince));
        Assert.StartsWith("Résolu automatiquement : pas de réponse depuis le 20/11/2026 15:00.", resolved.ResolutionNote, StringComparison.Ordinal);
        Assert.Equal([TicketEventKind.Reminded, TicketEventKind.Resolved], (await _harness.Tickets.GetHistoryAsync(Number, default)).Select(e => e.Kind));
    }

    [Fact]
    public async Task ARequesterWhoAnswers_IsNeverResolvedAutomatically()
    {
        await CheckAtAsync(ParisTime(2026, 11, 25, 15));
        var reminded = (await _harness.Tickets.GetAsync(Number, default))!;
        var answered = reminded with { Status = TicketStatus.InProgress, OnHoldReason = null, Sla = reminded.Sla! with { PausedSince = null } };
        await _harness.Tickets.UpdateAsync(answered, new TicketEvent(ParisTime(2026, 11, 26, 9), Jean, TicketEventKind.Comment, []), null, default);

        Assert.Equal(WaitOutcome.NotDue, await CheckAtAsync(ParisTime(2026, 11, 30, 9)));
        Assert.Equal(TicketStatus.InProgress, (await _harness.Tickets.GetAsync(Number, default))!.Status);
    }

    [Fact]
    public async Task ASecondHold_CountsFromItsOwnStart_NotFromTheFirstReminder()
    {
        await CheckAtAsync(ParisTime(2026, 11, 25, 15));
        var reminded = (await _harness.Tickets.GetAsync(Number, default))!;
        var heldAgain = ParisTime(2026, 11, 26, 10);
        _harness.Tickets.Put(reminded with { Sla = reminded.Sla! with { PausedSince = heldAgain } });

        // Friday 15:00 was the first hold's date: the second one is reminded on Tuesday 1 December 10:00 first.
        Assert.Equal(WaitOutcome.NotDue, await CheckAtAsync(ParisTime(2026, 11, 27, 15)));
        Assert.Equal(WaitOutcome.Reminded, await CheckAtAsync(ParisTime(2026, 12, 1, 10)));
    }

    [Fact]
    public async Task AWorkerDownPastTheDate_RemindsFirst_AndAnnouncesADateOneBusinessDayLater()
    {
        Assert.Equal(WaitOutcome.Reminded, await CheckAtAsync(ParisTime(2026, 11, 30, 11)));
        Assert.Equal(WaitOutcome.NotDue, await CheckAtAsync(ParisTime(2026, 12, 1, 10, 59)));
        Assert.Equal(WaitOutcome.Resolved, await CheckAtAsync(ParisTime(2026, 12, 1, 11)));
        Assert.Contains("Sans réponse, il sera résolu le 01/12/2026 11:00.", Texts(o => o.Purpose == HoldOutbox.ReminderPurpose).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAutoResolution_TheReminderAnnouncesNothing_AndTheHoldStays()
    {
        _harness.Options.Holds.AutoResolveAfterDays = 0;

        Assert.Equal(WaitOutcome.Reminded, await CheckAtAsync(ParisTime(2026, 11, 25, 15)));
        Assert.Equal(WaitOutcome.NotDue, await CheckAtAsync(ParisTime(2027, 1, 25, 15)));
        Assert.DoesNotContain("résolu", Texts(o => o.Purpose == HoldOutbox.ReminderPurpose).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHoldForAVendor_IsNotTimed()
    {
        _harness.Tickets.Put(OnHold(HeldAt) with { OnHoldReason = OnHoldReason.Vendor });

        Assert.Equal(WaitOutcome.NotDue, await CheckAtAsync(ParisTime(2026, 12, 31, 15)));
    }

    [Fact]
    public async Task TwoInstances_ReadingTheSameVersion_RemindOnce()
    {
        var read = (await _harness.Tickets.GetAsync(Number, default))!;
        var at = ParisTime(2026, 11, 25, 15);

        Assert.Equal(
            (WaitOutcome.Reminded, WaitOutcome.Skipped),
            (await _harness.Holds.CheckAsync(read, at, default), await _harness.Holds.CheckAsync(read, at, default)));
        Assert.Single(Texts(o => o.Purpose == HoldOutbox.ReminderPurpose));
    }
}
