using System.Text.Json;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Conversation;

/// <summary>
/// Keeps the activity id of a step card on the stored dialog, under its ETag: only while that dialog is still at that
/// step (a later answer, or another turn that saved first, makes the card's place worthless and it is dropped).
/// </summary>
internal sealed class StepCardLedger(IDialogStateStore store) : IStepCardLedger
{
    public async Task RecordAsync(string conversationId, string userId, StepCardMark mark, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mark);
        var record = await store.GetAsync(conversationId, userId, cancellationToken).ConfigureAwait(false);
        if (record is null || Read(record) is not { } active || active.Id != mark.DialogId || active.Version != mark.Version)
        {
            return;
        }

        var json = JsonSerializer.Serialize(active with { StepCard = new PostedStepCard(activityId, mark.Version) }, DialogSessions.Json);

        // A conflict means the dialog moved on in the meantime: its new step has a card of its own.
        await store.SaveAsync(conversationId, userId, record with { StateJson = json }, cancellationToken).ConfigureAwait(false);
    }

    private static ActiveDialog? Read(DialogStateRecord record)
    {
        try
        {
            return JsonSerializer.Deserialize<ActiveDialog>(record.StateJson, DialogSessions.Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
