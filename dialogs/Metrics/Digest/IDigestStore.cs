namespace ServiceDesk.Dialogs.Metrics.Digest;

/// <summary>Port: the weeks whose digest was sent, so it is sent once however many instances look or restart.</summary>
public interface IDigestStore
{
    Task<bool> IsSentAsync(string week, CancellationToken cancellationToken);

    /// <summary>Records the week as sent, only if no one did (a conditional insert); true for the call that recorded it.</summary>
    Task<bool> RecordSentAsync(string week, DateTimeOffset at, CancellationToken cancellationToken);
}
