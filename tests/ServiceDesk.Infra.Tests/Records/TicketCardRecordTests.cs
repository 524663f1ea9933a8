using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Tests.Fixtures;
using static ServiceDesk.Infra.Tests.Records.TestTickets;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>Where a ticket's cards are posted: recorded without a new version, found again from the thread, kept by later changes.</summary>
public abstract class TicketCardRecordTests : RecordsTestBase
{
    private const string Thread = "19:agents@thread.tacv2;messageid=1700000000001";

    [Fact]
    public async Task RecordCard_KeepsTheVersionAndTheHistory_AndIndexesTheThread()
    {
        var ticket = await Records.Tickets.CreateAsync(Incident(), null, CancellationToken.None);

        var recorded = await Records.Tickets.RecordCardAsync(ticket.Number, TicketCardSlot.QueueThread, new PostedCard(Thread, "1700000000001"), CancellationToken.None);

        var stored = await Records.Tickets.GetAsync(ticket.Number, CancellationToken.None);
        Assert.Equal((1L, new PostedCard(Thread, "1700000000001")), (stored!.Version, stored.Cards.QueueThread));
        Assert.Equal(stored, recorded);
        Assert.Single(await Records.Tickets.GetHistoryAsync(ticket.Number, CancellationToken.None));
        Assert.Equal(ticket.Number, await Records.Tickets.FindByThreadAsync(Thread, CancellationToken.None));
        Assert.Null(await Records.Tickets.FindByThreadAsync("19:agents@thread.tacv2;messageid=999", CancellationToken.None));
        Assert.Null(await Records.Tickets.FindByThreadAsync("19:agents@thread.tacv2", CancellationToken.None));
    }

    [Fact]
    public async Task Update_ReadBeforeACardWasRecorded_StillWins_AndKeepsTheCard()
    {
        var ticket = await Records.Tickets.CreateAsync(Incident(), null, CancellationToken.None);
        await Records.Tickets.RecordCardAsync(ticket.Number, TicketCardSlot.RequesterCard, new PostedCard("a:chat", "act-1"), CancellationToken.None);

        var result = await Records.Tickets.UpdateAsync(ticket with { Assignee = Person("29:agent") }, Change("29:agent", TicketEventKind.Assigned), null, CancellationToken.None);

        Assert.Equal(TicketUpdateOutcome.Updated, result.Outcome);
        var stored = await Records.Tickets.GetAsync(ticket.Number, CancellationToken.None);
        Assert.Equal((2L, "29:agent", new PostedCard("a:chat", "act-1")), (stored!.Version, stored.Assignee!.Id, stored.Cards.RequesterCard));
    }

    [Fact]
    public async Task RecordCard_OnAnUnknownTicket_IsNull() =>
        Assert.Null(await Records.Tickets.RecordCardAsync(TicketNumber.Parse("INC-999999"), TicketCardSlot.QueueThread, new PostedCard(Thread, "1"), CancellationToken.None));
}

public sealed class SqliteTicketCardRecordTests : TicketCardRecordTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteTicketCardRecordTests(AzuriteFixture azurite) : TicketCardRecordTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}
