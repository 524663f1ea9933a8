namespace ServiceDesk.Dialogs.Turns;

/// <summary>Which step a card shows: the dialog instance and the version its buttons carry.</summary>
public sealed record StepCardMark(string DialogId, int Version);

/// <summary>
/// Where a step card went: the host tells it once the connector (or the outbox) returns the activity id, and the
/// dialog keeps it, so a step answered by typing replaces its card in place rather than leaving live buttons.
/// </summary>
public interface IStepCardLedger
{
    /// <summary>Records <paramref name="activityId"/> as the card of <paramref name="mark"/>, if that step is still the current one.</summary>
    Task RecordAsync(string conversationId, string userId, StepCardMark mark, string activityId, CancellationToken cancellationToken);
}

/// <summary>
/// Writes into their stored dialogs the places of step cards that waited at least <c>olderThan</c> for a turn to carry
/// them (everything with <see cref="TimeSpan.Zero"/>, when the host stops); the count written.
/// </summary>
public interface IStepCardKeeper
{
    Task<int> KeepAsync(TimeSpan olderThan, CancellationToken cancellationToken);
}
