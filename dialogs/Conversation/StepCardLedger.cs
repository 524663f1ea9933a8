using System.Collections.Concurrent;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Conversation;

/// <summary>
/// Where the step cards just posted went, kept in memory until the dialog's next save carries it (<see cref="DialogSessions"/>
/// merges it into the dialog it loads), so a step card costs no storage write of its own. A position that never reaches a
/// save (a restart, or the next turn served by another instance) is lost: that card then keeps its buttons, which answer
/// that the card is out of date, as before typed answers replaced cards.
/// </summary>
internal sealed class StepCardLedger : IStepCardLedger
{
    /// <summary>Bounds the memory of positions not saved yet (people who left a form open); past it, the oldest are forgotten.</summary>
    internal const int Capacity = 10_000;

    private readonly ConcurrentDictionary<(string Conversation, string User), Posted> _posted = new();

    public Task RecordAsync(string conversationId, string userId, StepCardMark mark, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mark);
        if (_posted.Count >= Capacity)
        {
            Forget();
        }

        _posted[(conversationId, userId)] = new Posted(mark.DialogId, mark.Version, activityId, Environment.TickCount64);
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
        if (_posted.IsEmpty || !_posted.TryGetValue(key, out var posted))
        {
            return;
        }

        if (saved is null || saved.Id != posted.DialogId || saved.Version > posted.Version || saved.StepCard?.ActivityId == posted.ActivityId)
        {
            _posted.TryRemove(KeyValuePair.Create(key, posted));
        }
    }

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

    private sealed record Posted(string DialogId, int Version, string ActivityId, long Recorded);
}
