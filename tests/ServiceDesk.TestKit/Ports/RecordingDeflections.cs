using ServiceDesk.Dialogs.Flows.Knowledge;

namespace ServiceDesk.TestKit.Ports;

/// <summary>Deflections recorded, for assertions.</summary>
internal sealed class RecordingDeflections : IDeflectionLog
{
    public List<Deflection> Recorded { get; } = [];

    public Task RecordAsync(Deflection deflection, CancellationToken cancellationToken)
    {
        Recorded.Add(deflection);
        return Task.CompletedTask;
    }
}
