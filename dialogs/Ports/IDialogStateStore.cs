namespace ServiceDesk.Dialogs.Ports;

/// <summary>The active dialog of one user in one conversation, serialized by the conversation engine.</summary>
public sealed record DialogStateRecord(string DialogName, string StateJson, DateTimeOffset UpdatedAt, string? ETag = null);

public enum SaveOutcome { Saved, Conflict }

/// <summary>Dialog state per conversation and user, saved under ETag so two instances never overwrite each other.</summary>
public interface IDialogStateStore
{
    Task<DialogStateRecord?> GetAsync(string conversationId, string userId, CancellationToken cancellationToken);

    /// <summary>Saves conditionally on <paramref name="state"/>.ETag (null = must not exist yet).</summary>
    Task<SaveOutcome> SaveAsync(string conversationId, string userId, DialogStateRecord state, CancellationToken cancellationToken);

    Task ClearAsync(string conversationId, string userId, CancellationToken cancellationToken);
}
