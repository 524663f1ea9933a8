using System.Text.Json;
using Moq;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Tickets.Sla;
using static ServiceDesk.Dialogs.Tests.Sla.SlaClocks;

namespace ServiceDesk.Dialogs.Tests.Sla;

/// <summary>What the monitor records as time passes: P2 is 30 min / 8 h in Paris business hours, P1 15 min / 4 h round the clock.</summary>
public sealed class SlaMonitorTests
{
    private readonly SlaMonitorHarness _harness = new();

    [Fact]
    public async Task ResponseAtRisk_FlagsTheTicket_UpdatesTheCard_AndPostsABilingualNoticeInTheThread()
    {
        var ticket = _harness.Open(Priority.P2, ParisTime(2026, 11, 23, 9));

        var run = await _harness.Monitor().RunOnceAsync(ParisTime(2026, 11, 23, 9, 25), CancellationToken.None);

        var stored = _harness.Current(ticket);
        Assert.Equal(new SlaRunResult(1, 1, 0, 0), run);
        Assert.Equal((2L, SlaNotices.ResponseAtRisk, true, false), (stored.Version, stored.Sla!.Notified, stored.Sla.AtRiskNotified, stored.Sla.BreachNotified));
        Assert.Equal(ParisTime(2026, 11, 23, 9, 30), stored.Sla.NextCheckAt);
        _harness.Notifier.Verify(n => n.ForAsync(ticket, It.Is<TicketEvent>(e => e.Kind == TicketEventKind.SlaAtRisk && e.Actor == SlaMonitor.Actor), It.IsAny<CancellationToken>()));
        Assert.Contains(_harness.Tickets.Outbox, d => d.IdempotencyKey == "INC-000123/v2/queue-card");
        var notice = Assert.Single(_harness.ThreadNotices());
        Assert.Equal(("INC-000123/v2/sla-notice", OutboxKind.Send, SlaMonitorHarness.ThreadId), (notice.IdempotencyKey, notice.Kind, notice.Target.ConversationId));
        Assert.Equal(
            "⚠️ INC-000123 (P2): response at risk, 75% of the time is used. Due Mon 23 Nov 09:30 (Europe/Paris).\n\n"
            + "⚠️ INC-000123 (P2) : prise en charge menacée, 75 % du délai est écoulé. Échéance lun. 23 nov. 09:30 (Europe/Paris).",
            Text(notice));
    }

    [Fact]
    public async Task AfterTheWorkerWasDown_RecordsEveryPassedNotice_AndSaysOnlyTheGravest()
    {
        var ticket = _harness.Open(Priority.P2, ParisTime(2026, 11, 23, 9));

        await _harness.Monitor().RunOnceAsync(ParisTime(2026, 11, 23, 10), CancellationToken.None);

        var stored = _harness.Current(ticket);
        Assert.Equal(SlaNotices.ResponseAtRisk | SlaNotices.ResponseBreached, stored.Sla!.Notified);
        Assert.True(stored.Sla.BreachNotified);
        Assert.StartsWith("🔴 INC-000123 (P2): response target missed", Text(Assert.Single(_harness.ThreadNotices())), StringComparison.Ordinal);
        _harness.Notifier.Verify(n => n.ForAsync(ticket, It.Is<TicketEvent>(e => e.Kind == TicketEventKind.SlaBreached), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task OverAWorkingDay_EachNoticeIsRecordedOnceAndOnTime()
    {
        var time = new FakeTimeProvider(ParisTime(2026, 11, 23, 9));
        var ticket = _harness.Open(Priority.P2, time.GetUtcNow());
        var monitor = _harness.Monitor();
        var seen = new List<(TimeSpan At, SlaNotices Notified)>();

        for (; time.GetUtcNow() < ParisTime(2026, 11, 23, 20); time.Advance(TimeSpan.FromMinutes(1)))
        {
            if ((await monitor.RunOnceAsync(time.GetUtcNow(), CancellationToken.None)).Notices > 0)
            {
                seen.Add((time.GetUtcNow() - ParisTime(2026, 11, 23, 9), _harness.Current(ticket).Sla!.Notified));
            }
        }

        Assert.Equal(
            [
                (TimeSpan.FromMinutes(23), SlaNotices.ResponseAtRisk), // 22.5 min, seen at the next minute
                (TimeSpan.FromMinutes(30), SlaNotices.ResponseAtRisk | SlaNotices.ResponseBreached),
                (TimeSpan.FromHours(6), SlaNotices.ResponseAtRisk | SlaNotices.ResponseBreached | SlaNotices.ResolutionAtRisk),
                (TimeSpan.FromHours(8), SlaNotices.ResponseAtRisk | SlaNotices.ResponseBreached | SlaNotices.ResolutionAtRisk | SlaNotices.ResolutionBreached),
            ],
            seen);
        Assert.Null(_harness.Current(ticket).Sla!.NextCheckAt);
    }

    [Fact]
    public async Task P1_MentionsTheOnCallAgents()
    {
        var harness = new SlaMonitorHarness(o => o.OnCall =
        [
            new OnCallAgent { Id = "29:ann", AadObjectId = "aad-ann", Name = "Ann Oncall" },
            new OnCallAgent { Id = "29:bob", Name = "Bob Backup" },
        ]);
        var opened = new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero); // Saturday night: P1 counts anyway
        harness.Open(Priority.P1, opened);

        await harness.Monitor().RunOnceAsync(opened.AddMinutes(12), CancellationToken.None);

        var payload = JsonDocument.Parse(Assert.Single(harness.ThreadNotices()).Payload).RootElement;
        Assert.StartsWith("<at>Ann Oncall</at> <at>Bob Backup</at>\n\n⚠️ INC-000123 (P1): response at risk", payload.GetProperty("text").GetString(), StringComparison.Ordinal);
        var mentions = payload.GetProperty("entities").EnumerateArray()
            .Select(e => (e.GetProperty("type").GetString(), e.GetProperty("text").GetString(), e.GetProperty("mentioned").GetProperty("id").GetString()))
            .ToList();
        Assert.Equal([("mention", "<at>Ann Oncall</at>", "29:ann"), ("mention", "<at>Bob Backup</at>", "29:bob")], mentions);
    }

    [Fact]
    public async Task P2_MentionsNobody()
    {
        var harness = new SlaMonitorHarness(o => o.OnCall = [new OnCallAgent { Id = "29:ann", Name = "Ann Oncall" }]);
        harness.Open(Priority.P2, ParisTime(2026, 11, 23, 9));

        await harness.Monitor().RunOnceAsync(ParisTime(2026, 11, 23, 9, 25), CancellationToken.None);

        var payload = JsonDocument.Parse(Assert.Single(harness.ThreadNotices()).Payload).RootElement;
        Assert.False(payload.TryGetProperty("entities", out _));
        Assert.DoesNotContain("<at>", payload.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThreadNotKnownYet_StillFlagsTheTicket_WithoutAThreadNotice()
    {
        var ticket = _harness.Open(Priority.P2, ParisTime(2026, 11, 23, 9), threadKnown: false);

        await _harness.Monitor().RunOnceAsync(ParisTime(2026, 11, 23, 9, 25), CancellationToken.None);

        Assert.True(_harness.Current(ticket).Sla!.AtRiskNotified);
        Assert.Empty(_harness.ThreadNotices());
        Assert.Single(_harness.Tickets.Outbox); // the notifier's card update
    }

    [Fact]
    public async Task ResolvedPastAutoCloseDays_ClosesTheTicket_AndTellsTheRequesterThroughTheNotifier()
    {
        var resolvedAt = ParisTime(2026, 11, 23, 12);
        var open = _harness.Open(Priority.P2, ParisTime(2026, 11, 23, 9));
        var resolved = open with { Status = TicketStatus.Resolved, ResolvedAt = resolvedAt, Assignee = Agent };
        resolved = resolved with { Sla = _harness.Clock.Update(open, resolved, resolvedAt) };
        _harness.Tickets.Put(resolved);

        Assert.Equal(new SlaRunResult(0, 0, 0, 0), await _harness.Monitor().RunOnceAsync(resolvedAt.AddDays(3).AddMinutes(-1), CancellationToken.None));
        var run = await _harness.Monitor().RunOnceAsync(resolvedAt.AddDays(3), CancellationToken.None);

        var stored = _harness.Current(open);
        Assert.Equal(1, run.Closed);
        Assert.Equal((TicketStatus.Closed, resolvedAt.AddDays(3), (DateTimeOffset?)null), (stored.Status, stored.ClosedAt, stored.Sla!.NextCheckAt));
        _harness.Notifier.Verify(n => n.ForAsync(resolved, It.Is<TicketEvent>(e => e.Kind == TicketEventKind.StatusChanged
            && e.Changes.Single() == new FieldChange("Status", "Resolved", "Closed")), It.IsAny<CancellationToken>()));
        Assert.StartsWith("INC-000123 closed automatically", Text(Assert.Single(_harness.ThreadNotices())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoMonitorsReadingTheSameTickets_RecordTheNoticeOnce()
    {
        var ticket = _harness.Open(Priority.P2, ParisTime(2026, 11, 23, 9));
        var now = ParisTime(2026, 11, 23, 9, 25);
        var snapshot = await _harness.Store.Object.ListSlaDueAsync(now, SlaMonitor.BatchSize, CancellationToken.None);
        _harness.Store.Setup(s => s.ListSlaDueAsync(It.IsAny<DateTimeOffset>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(snapshot);

        var first = await _harness.Monitor().RunOnceAsync(now, CancellationToken.None);
        var second = await _harness.Monitor().RunOnceAsync(now, CancellationToken.None);

        Assert.Equal((1, 0), (first.Notices, first.Skipped));
        Assert.Equal((0, 1), (second.Notices, second.Skipped));
        Assert.Single(_harness.ThreadNotices());
        Assert.Equal(2, _harness.Current(ticket).Version);
    }

    [Fact]
    public async Task AnAgentChangingTheTicketMeanwhile_WinsAndTheMonitorSkips()
    {
        var ticket = _harness.Open(Priority.P2, ParisTime(2026, 11, 23, 9));
        _harness.Tickets.BeforeUpdate = _ => _harness.Tickets.Put(ticket with { Version = 2, Assignee = Agent });

        var run = await _harness.Monitor().RunOnceAsync(ParisTime(2026, 11, 23, 9, 25), CancellationToken.None);

        Assert.Equal(1, run.Skipped);
        Assert.Empty(_harness.Tickets.Outbox);
        Assert.False(_harness.Current(ticket).Sla!.AtRiskNotified);
    }

    [Fact]
    public async Task ListedWithNothingDue_RewritesTheNextCheck_WithoutANotice()
    {
        var ticket = _harness.Open(Priority.P2, ParisTime(2026, 11, 23, 9));
        _harness.Tickets.Put(ticket with { Sla = ticket.Sla! with { NextCheckAt = ParisTime(2026, 11, 23, 9, 1) } });

        var run = await _harness.Monitor().RunOnceAsync(ParisTime(2026, 11, 23, 9, 2), CancellationToken.None);

        Assert.Equal((0, 1), (run.Notices, run.Skipped));
        Assert.Equal(ParisTime(2026, 11, 23, 9, 22).AddSeconds(30), _harness.Current(ticket).Sla!.NextCheckAt);
        Assert.Empty(_harness.Tickets.Outbox);
        _harness.Notifier.VerifyNoOtherCalls();
    }

    private static string? Text(OutboxDraft draft) => JsonDocument.Parse(draft.Payload).RootElement.GetProperty("text").GetString();
}
