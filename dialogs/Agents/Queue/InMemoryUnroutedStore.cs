namespace ServiceDesk.Dialogs.Agents.Queue;

/// <summary>The held tickets in memory: for hosts without records (tests, tools). The records replace it.</summary>
internal sealed class InMemoryUnroutedStore : IUnroutedStore
{
    private readonly Lock gate = new();
    private readonly List<UnroutedTicket> held = [];

    public Task HoldAsync(UnroutedTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        lock (gate)
        {
            if (!held.Contains(ticket))
            {
                held.Add(ticket);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<UnroutedTicket>> ListAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<UnroutedTicket>>([.. held.OrderBy(t => t.CreatedAt)]);
        }
    }

    public Task ReleaseAsync(UnroutedTicket ticket, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            held.Remove(ticket);
        }

        return Task.CompletedTask;
    }
}
