using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Dialog state: partition = conversation id, row = user id, both encoded (Teams ids hold <c>: ; @</c> and may hold
/// characters keys forbid). Saves are conditional on the ETag read, so two instances handling the same user never
/// overwrite each other's turn.
/// </summary>
internal sealed class TableDialogStateStore(RecordTables tables) : IDialogStateStore
{
    public async Task<DialogStateRecord?> GetAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var got = await tables.DialogState.GetAsync(TableKey.Encode(conversationId), TableKey.Encode(userId), cancellationToken)
            .ConfigureAwait(false);
        if (got.Status == TableStatus.NotFound)
        {
            return null;
        }

        var entity = got.OrThrow("dialog state get");
        return new DialogStateRecord(
            entity.GetString("DialogName") ?? string.Empty,
            RecordJson.ReadText(entity, "State"),
            entity.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
            entity.ETag);
    }

    public async Task<SaveOutcome> SaveAsync(string conversationId, string userId, DialogStateRecord state, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(TableKey.Encode(conversationId), TableKey.Encode(userId))
        {
            ["DialogName"] = state.DialogName,
            ["UpdatedAt"] = state.UpdatedAt,
        };
        RecordJson.WriteText(entity, state.StateJson, "State");
        var result = state.ETag is null
            ? await tables.DialogState.AddAsync(entity, cancellationToken).ConfigureAwait(false)
            : await tables.DialogState.UpdateAsync(entity, state.ETag, cancellationToken).ConfigureAwait(false);
        return result.Status switch
        {
            TableStatus.Ok => SaveOutcome.Saved,
            TableStatus.Conflict or TableStatus.PreconditionFailed or TableStatus.NotFound => SaveOutcome.Conflict,
            _ => throw TableResultExtensions.Unavailable(result, "dialog state save"),
        };
    }

    public async Task ClearAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        (await tables.DialogState.DeleteAsync(TableKey.Encode(conversationId), TableKey.Encode(userId), TableEntity.AnyETag, cancellationToken)
            .ConfigureAwait(false)).DeletedOrGone("dialog state clear");
    }
}
