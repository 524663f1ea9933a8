using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Tables;
using static ServiceDesk.Infra.Tests.Records.TestTickets;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>The lifecycle's fields (follow-up links, withdrawal, wait timer) and the approval card survive the store.</summary>
public abstract class TicketLifecycleFieldsTests : RecordsTestBase
{
    [Fact]
    public async Task FollowUpLinks_Withdrawal_AndWaitTimer_AreStoredAndReadBack()
    {
        var draft = Incident();
        var closed = await Records.Tickets.CreateAsync(draft, null, CancellationToken.None);
        var followUp = await Records.Tickets.CreateAsync(draft with { Template = draft.Template with { FollowUpOf = closed.Number } }, null, CancellationToken.None);
        var since = new DateTimeOffset(2026, 11, 20, 14, 0, 0, TimeSpan.Zero);

        await Records.Tickets.UpdateAsync(
            closed with { FollowUp = followUp.Number, Withdrawn = true, Wait = new WaitTimer(since, 1, since.AddDays(7)) },
            Change("29:1employee", TicketEventKind.Linked, null, new FieldChange("FollowUp", null, followUp.Number.ToString())), null, CancellationToken.None);

        var stored = (await Records.Tickets.GetAsync(closed.Number, CancellationToken.None))!;
        Assert.Equal((followUp.Number, true, new WaitTimer(since, 1, since.AddDays(7))), (stored.FollowUp, stored.Withdrawn, stored.Wait));
        Assert.Equal(closed.Number, (await Records.Tickets.GetAsync(followUp.Number, CancellationToken.None))!.FollowUpOf);
        Assert.Equal(TicketEventKind.Linked, (await Records.Tickets.GetHistoryAsync(closed.Number, CancellationToken.None))[^1].Kind);
    }

    [Fact]
    public async Task TheApprovalCard_IsRecordedInItsSlot()
    {
        var ticket = await Records.Tickets.CreateAsync(Incident(), null, CancellationToken.None);

        await Records.Tickets.RecordCardAsync(ticket.Number, TicketCardSlot.ApprovalCard, new PostedCard("a:approver", "act-3"), CancellationToken.None);

        Assert.Equal(new PostedCard("a:approver", "act-3"), (await Records.Tickets.GetAsync(ticket.Number, CancellationToken.None))!.Cards.ApprovalCard);
    }
}

public sealed class SqliteTicketLifecycleFieldsTests : TicketLifecycleFieldsTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}
