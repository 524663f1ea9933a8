using System.Collections.Concurrent;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.TestKit.Ports;

/// <summary>The dialog state port with the real contract's ETag rules: insert only if absent, update only at the ETag read.</summary>
internal sealed class InMemoryDialogStateStore : IDialogStateStore
{
    private readonly ConcurrentDictionary<(string, string), DialogStateRecord> _records = new();
    private int _etag;

    public int Saves { get; private set; }

    /// <summary>Runs once before the next save: another instance writing in between.</summary>
    public Func<Task>? BeforeNextSave { get; set; }

    public DialogStateRecord? Peek(string conversationId, string userId) =>
        _records.TryGetValue((conversationId, userId), out var record) ? record : null;

    public Task<DialogStateRecord?> GetAsync(string conversationId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(Peek(conversationId, userId));

    public async Task<SaveOutcome> SaveAsync(string conversationId, string userId, DialogStateRecord state, CancellationToken cancellationToken)
    {
        if (BeforeNextSave is { } hook)
        {
            BeforeNextSave = null;
            await hook();
        }

        return Save(conversationId, userId, state);
    }

    private SaveOutcome Save(string conversationId, string userId, DialogStateRecord state)
    {
        lock (_records)
        {
            var key = (conversationId, userId);
            var exists = _records.TryGetValue(key, out var current);
            if ((state.ETag is null && exists) || (state.ETag is not null && (!exists || current!.ETag != state.ETag)))
            {
                return SaveOutcome.Conflict;
            }

            _records[key] = state with { ETag = $"W/\"{Interlocked.Increment(ref _etag)}\"" };
            Saves++;
            return SaveOutcome.Saved;
        }
    }

    public Task ClearAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        _records.TryRemove((conversationId, userId), out _);
        return Task.CompletedTask;
    }
}
