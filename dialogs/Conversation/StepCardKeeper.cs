using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Conversation;

/// <summary>
/// Writes the places of step cards that no turn has carried yet into their stored dialogs (<see cref="IStepCardKeeper"/>),
/// so a typed answer after a restart, or on another instance, still replaces its card. Only a place that waited longer
/// than the host's delay is written: the next turn usually comes first and carries it in its own save, for nothing.
/// The write changes only the dialog's step card (not its time, so idleness is unchanged), under the ETag it read; a turn
/// that loaded the dialog before it and then saves is let through once (<see cref="StepCardLedger.Rebased"/>).
/// </summary>
internal sealed class StepCardKeeper(IDialogStateStore store, StepCardLedger ledger) : IStepCardKeeper
{
    public async Task<int> KeepAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        var kept = 0;
        foreach (var (key, posted) in ledger.Waiting(olderThan))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await KeepOneAsync(key.Conversation, key.User, posted, cancellationToken).ConfigureAwait(false))
            {
                kept++;
            }
        }

        return kept;
    }

    private async Task<bool> KeepOneAsync(string conversationId, string userId, StepCardLedger.Posted posted, CancellationToken cancellationToken)
    {
        var record = await store.GetAsync(conversationId, userId, cancellationToken).ConfigureAwait(false);
        var stored = record is null ? null : DialogSessions.Read(record);
        if (record is null || stored is null || stored.Id != posted.DialogId || stored.Version != posted.Version || stored.StepCard is not null)
        {
            // The dialog moved on, ended, or already carries a place: nothing to keep.
            ledger.Forget(conversationId, userId, posted);
            return false;
        }

        var json = DialogSessions.Serialize(stored with { StepCard = new PostedStepCard(posted.ActivityId, posted.Version) });
        var outcome = await store.SaveAsync(conversationId, userId, record with { StateJson = json }, cancellationToken).ConfigureAwait(false);
        if (outcome == SaveOutcome.Conflict)
        {
            // A turn saved in between: its save carried the place, or moved past its step.
            return false;
        }

        ledger.Forget(conversationId, userId, posted);
        var written = await store.GetAsync(conversationId, userId, cancellationToken).ConfigureAwait(false);
        if (written is { ETag: { } newer } && written.StateJson == json && record.ETag is { } older)
        {
            ledger.Rebase(conversationId, userId, older, newer);
        }

        return true;
    }
}
