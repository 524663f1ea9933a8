using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>The tables the records live in; created once, lazily, before first use.</summary>
internal sealed class RecordTables(ITableService service)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile bool created;
    private PartitionBatcher? indexWriter;
    private PartitionBatcher? journalWriter;
    private PartitionBatcher? outboxWriter;
    private PartitionBatcher? metricsWriter;

    public ITable Tickets { get; } = service.GetTable("Tickets");

    public ITable Index { get; } = service.GetTable("TicketIndex");

    public ITable Journal { get; } = service.GetTable("RecordJournal");

    public ITable Counters { get; } = service.GetTable("Counters");

    public ITable Outbox { get; } = service.GetTable("Outbox");

    public ITable Profiles { get; } = service.GetTable("Profiles");

    public ITable DialogState { get; } = service.GetTable("DialogState");

    public ITable Metrics { get; } = service.GetTable("Metrics");

    public PartitionBatcher IndexWriter => indexWriter ??= new PartitionBatcher(Index);

    public PartitionBatcher JournalWriter => journalWriter ??= new PartitionBatcher(Journal);

    public PartitionBatcher OutboxWriter => outboxWriter ??= new PartitionBatcher(Outbox);

    public PartitionBatcher MetricsWriter => metricsWriter ??= new PartitionBatcher(Metrics);

    public async ValueTask EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (created)
        {
            return;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!created)
            {
                foreach (var table in new[] { Tickets, Index, Journal, Counters, Outbox, Profiles, DialogState, Metrics })
                {
                    (await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false)).OrThrow(table.Name);
                }

                created = true;
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
