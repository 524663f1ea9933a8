using ServiceDesk.Dialogs.Outbox;

namespace ServiceDesk.Dialogs.Ports;

/// <summary>
/// Renders a record's payload when it is delivered rather than when it was written, so a message that waited in the
/// outbox goes out in its latest version (an announcement updated during its fan-out). Consulted by the outbox
/// worker for each record it delivers; the first renderer that <see cref="Renders"/> a record decides.
/// </summary>
public interface IOutboxRenderer
{
    bool Renders(OutboxRecord record);

    /// <summary>
    /// The draft to send now (same key, kind and target; payload and purpose as of now: observers are told this one),
    /// or null when there is nothing to send any more (the record is completed without a call).
    /// </summary>
    Task<OutboxDraft?> RenderAsync(OutboxRecord record, CancellationToken cancellationToken);
}
