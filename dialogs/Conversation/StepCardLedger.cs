using System.Collections.Concurrent;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Conversation;

/// <summary>
/// Where the step cards just posted went, kept in memory until the dialog's next save carries it (<see cref="DialogSessions"/>
/// merges it into the dialog it loads), so a step card costs no storage write on the turn. A place that waits longer than
/// a few seconds for that save is written into the stored dialog by <see cref="StepCardKeeper"/>, off the turn, and so are
/// all places left when the host stops: a restart, or a typed answer served by another instance a few seconds later,
/// still finds it. Only a place not kept yet is lost (a crash, or another instance within those seconds): that card then
/// keeps its buttons, which answer that the card is out of date.
/// </summary>
internal sealed class StepCardLedger(TimeProvider time) : IStepCardLedger
{
    /// <summary>Bounds the memory of positions not saved yet (people who left a form open); past it, the oldest are forgotten.</summary>
    internal const int Capacity = 10_000;

    private readonly TimeProvider _time = time;
    private readonly ConcurrentDictionary<(string Conversation, string User), Posted> _posted = new();
    private readonly ConcurrentDictionary<(string Conversation, string User), (string From, string To)> _rebased = new();

    public Task RecordAsync(string conversationId, string userId, StepCardMark mark, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mark);
        if (_posted.Count >= Capacity)
        {
            Forget();
        }

        _posted[(conversationId, userId)] = new Posted(mark.DialogId, mark.Version, activityId, _time.GetTimestamp());
        return Task.CompletedTask;
    }

    /// <summary><paramref name="stored"/> with the place of its current step's card, when that card was posted since its save.</summary>
    public ActiveDialog WithPosition(string conversationId, string userId, ActiveDialog stored)
    {
        if (stored.StepCard is not null || _posted.IsEmpty || !_posted.TryGetValue((conversationId, userId), out var posted)
            || posted.DialogId != stored.Id || posted.Version != stored.Version)
        {
            return stored;
        }

        return stored with { StepCard = new PostedStepCard(posted.ActivityId, posted.Version) };
    }

    /// <summary>
    /// The dialog was saved as <paramref name="saved"/> (null: cleared): a position it now carries, or one of a step it moved
    /// past, is no longer needed here. A position of the step just saved stays (its card goes out after the save).
    /// </summary>
    public void Saved(string conversationId, string userId, ActiveDialog? saved)
    {
        var key = (conversationId, userId);
        if (!_rebased.IsEmpty)
        {
            _rebased.TryRemove(key, out _);
        }

        if (_posted.IsEmpty || !_posted.TryGetValue(key, out var posted))
        {
            return;
        }

        if (saved is null || saved.Id != posted.DialogId || saved.Version > posted.Version || saved.StepCard?.ActivityId == posted.ActivityId)
        {
            _posted.TryRemove(KeyValuePair.Create(key, posted));
        }
    }

    /// <summary>The places recorded at least <paramref name="olderThan"/> ago that no save has carried yet.</summary>
    internal IReadOnlyList<KeyValuePair<(string Conversation, string User), Posted>> Waiting(TimeSpan olderThan)
    {
        if (_posted.IsEmpty)
        {
            return [];
        }

        var now = _time.GetTimestamp();
        return [.. _posted.Where(e => _time.GetElapsedTime(e.Value.Recorded, now) >= olderThan)];
    }

    /// <summary>The place is stored with its dialog, or no longer wanted.</summary>
    internal void Forget(string conversationId, string userId, Posted posted) => _posted.TryRemove(KeyValuePair.Create((conversationId, userId), posted));

    /// <summary>The keeper moved the stored dialog from ETag <paramref name="from"/> to <paramref name="to"/>, changing only its step card.</summary>
    internal void Rebase(string conversationId, string userId, string from, string to)
    {
        if (_rebased.Count >= Capacity)
        {
            _rebased.Clear();
        }

        _rebased[(conversationId, userId)] = (from, to);
    }

    /// <summary>
    /// The ETag a save read as <paramref name="etag"/> may use instead, when the only write since was the keeper's: that
    /// write added the step card's place, which the turn's own dialog carries too (it loaded it from here).
    /// </summary>
    internal string? Rebased(string conversationId, string userId, string? etag) =>
        etag is not null && !_rebased.IsEmpty && _rebased.TryGetValue((conversationId, userId), out var moved) && moved.From == etag ? moved.To : null;

    private void Forget()
    {
        // Rare (only with thousands of forms left open): drop the older half rather than grow without end.
        var entries = _posted.ToArray();
        var median = entries.Select(e => e.Value.Recorded).Order().ElementAt(entries.Length / 2);
        foreach (var entry in entries.Where(e => e.Value.Recorded <= median))
        {
            _posted.TryRemove(entry);
        }
    }

    internal sealed record Posted(string DialogId, int Version, string ActivityId, long Recorded);
}
