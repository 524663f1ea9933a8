using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Conversation;

/// <summary>
/// Loads and saves the active dialog of a person in a conversation (<see cref="IDialogStateStore"/>, under ETag), and
/// drops one idle for longer than <see cref="DialogOptions.IdleTimeout"/>. The place of a step card posted since the
/// last save (<see cref="StepCards"/>) joins the dialog it loads, and so the next save.
/// </summary>
internal sealed class DialogSessions(IDialogStateStore store, IOptions<DialogOptions> options, TimeProvider time, StepCardLedger stepCards)
{
    internal static readonly JsonSerializerOptions Json = CreateJson();

    public DialogOptions Options => options.Value;

    /// <summary>Where step cards went since their dialog's last save (the host's <see cref="IStepCardLedger"/>).</summary>
    public StepCardLedger StepCards { get; } = stepCards;

    public DialogContext ContextFor(Turn turn) => new(turn, this, options.Value, time.GetUtcNow());

    /// <summary>
    /// The active dialog (null if none), whether one was dropped for idleness, the stored ETag to overwrite, and what
    /// the conversation remembers besides it (a parked request, misunderstandings in a row).
    /// </summary>
    public async Task<LoadedDialog> LoadAsync(Turn turn, CancellationToken cancellationToken)
    {
        var record = await store.GetAsync(turn.Conversation.ConversationId, turn.From.Id, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return new LoadedDialog(null, false, null);
        }

        var stored = Read(record);
        if (stored is not null)
        {
            stored = StepCards.WithPosition(turn.Conversation.ConversationId, turn.From.Id, stored);
        }
        else
        {
            return new LoadedDialog(null, false, record.ETag);
        }

        var nothingActive = stored.Name == ActiveDialog.NoDialog;
        if (time.GetUtcNow() - record.UpdatedAt > options.Value.IdleTimeout)
        {
            // Only a dialog or a parked request is worth a notice; a stale count of misunderstandings just lapses.
            return new LoadedDialog(null, !nothingActive || stored.Parked is not null, record.ETag);
        }

        var parked = stored.Parked is { } p ? p with { UpdatedAt = record.UpdatedAt } : null;
        return nothingActive
            ? new LoadedDialog(null, false, record.ETag) { Parked = parked, Memory = stored with { Parked = null } }
            : new LoadedDialog(stored with { Parked = null }, false, record.ETag) { Parked = parked };
    }

    /// <summary>
    /// Saves under <see cref="ActiveDialog.ETag"/>: the saved dialog, or null on conflict. With
    /// <paramref name="readBack"/> it carries the new ETag, for a second save in the same turn (a checkpoint).
    /// </summary>
    public async Task<ActiveDialog?> SaveAsync(Turn turn, ActiveDialog next, bool readBack, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var json = Serialize(next);
        var conversationId = turn.Conversation.ConversationId;
        var outcome = await store.SaveAsync(conversationId, turn.From.Id, new DialogStateRecord(next.Name, json, now, next.ETag), cancellationToken)
            .ConfigureAwait(false);
        if (outcome == SaveOutcome.Conflict && StepCards.Rebased(conversationId, turn.From.Id, next.ETag) is { } rebased)
        {
            // The only write since this turn loaded was the keeper's, adding the step card's place: not a conflict.
            next = next with { ETag = rebased };
            outcome = await store.SaveAsync(conversationId, turn.From.Id, new DialogStateRecord(next.Name, json, now, rebased), cancellationToken)
                .ConfigureAwait(false);
        }

        if (outcome == SaveOutcome.Conflict)
        {
            return null;
        }

        StepCards.Saved(turn.Conversation.ConversationId, turn.From.Id, next);

        if (!readBack)
        {
            return next with { UpdatedAt = now };
        }

        // The port does not return the new ETag: read it back so a later save in the same turn stays conditional.
        var stored = await store.GetAsync(turn.Conversation.ConversationId, turn.From.Id, cancellationToken).ConfigureAwait(false);
        return next with { ETag = stored?.ETag, UpdatedAt = now };
    }

    public Task ClearAsync(Turn turn, CancellationToken cancellationToken)
    {
        StepCards.Saved(turn.Conversation.ConversationId, turn.From.Id, null);
        return store.ClearAsync(turn.Conversation.ConversationId, turn.From.Id, cancellationToken);
    }

    internal static string Serialize(ActiveDialog dialog) => JsonSerializer.Serialize(dialog, ActiveDialogInfo);

    internal static ActiveDialog? Read(DialogStateRecord record)
    {
        try
        {
            var active = JsonSerializer.Deserialize(record.StateJson, ActiveDialogInfo);
            return active is null ? null : active with { ETag = record.ETag, UpdatedAt = record.UpdatedAt };
        }
        catch (JsonException)
        {
            // A state written by an older version that no longer reads: treat as no dialog rather than fail every turn.
            return null;
        }
    }

    private static JsonTypeInfo<ActiveDialog> ActiveDialogInfo => (JsonTypeInfo<ActiveDialog>)Json.GetTypeInfo(typeof(ActiveDialog));

    /// <summary>
    /// Generated metadata for the stored dialog and the flows' states. Where reflection-based JSON is on (every build
    /// but Native AOT, where the switch is off and this branch is compiled out), reflection too for a state not listed
    /// there, with enums as names as the context writes them.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Reflection-based JSON only where the switch turns it on; Native AOT turns it off and removes the branch.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Reflection-based JSON only where the switch turns it on; Native AOT turns it off and removes the branch.")]
    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = DialogStateJsonContext.Default };
        if (JsonSerializer.IsReflectionEnabledByDefault)
        {
            options.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            options.TypeInfoResolver = JsonTypeInfoResolver.Combine(DialogStateJsonContext.Default, new DefaultJsonTypeInfoResolver());
        }
        return options;
    }
}

/// <summary>The stored dialog, if any and not idle; <paramref name="ETag"/> is what a new save must be conditional on.</summary>
internal sealed record LoadedDialog(ActiveDialog? Active, bool DroppedIdle, string? ETag)
{
    /// <summary>A request put aside by a topic switch, to resume.</summary>
    public ActiveDialog? Parked { get; init; }

    /// <summary>With no dialog in progress: what is remembered (misunderstandings in a row and their words).</summary>
    public ActiveDialog? Memory { get; init; }
}
