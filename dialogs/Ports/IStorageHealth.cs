namespace ServiceDesk.Dialogs.Ports;

/// <summary>Whether the store answers: behind <c>GET /readyz</c>.</summary>
public interface IStorageHealth
{
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);
}
