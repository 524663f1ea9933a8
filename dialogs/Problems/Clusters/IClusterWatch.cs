namespace ServiceDesk.Dialogs.Problems.Clusters;

/// <summary>One look at the new incidents for clusters; run by a hosted worker.</summary>
public interface IClusterWatch
{
    /// <summary>Returns how many outbox records it wrote (cards posted or replaced; a key already present counts too).</summary>
    Task<int> RunOnceAsync(CancellationToken cancellationToken);
}
