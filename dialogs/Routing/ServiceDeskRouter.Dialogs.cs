using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Routing;

// The router's side of the conversation engine: load the active dialog once, run it, save it once.
internal sealed partial class ServiceDeskRouter
{
    /// <summary>This turn's dialog context, the active dialog (if any, not idle) and the flow that runs it.</summary>
    /// <param name="Memory">With no dialog in progress: the misunderstandings in a row remembered.</param>
    private sealed record Session(DialogContext Context, ActiveDialog? Active, IDialog? Dialog, ActiveDialog? Memory = null);

    private async Task<Session> OpenAsync(Turn turn, List<Reply> notices, CancellationToken cancellationToken)
    {
        var loaded = await sessions.LoadAsync(turn, cancellationToken).ConfigureAwait(false);
        var context = sessions.ContextFor(turn);
        context.StoredETag = loaded.ETag;
        context.Parked = loaded.Parked is { } parked && _dialogs.ContainsKey(parked.Name) ? parked : null;
        var dialog = loaded.Active is { } active && _dialogs.TryGetValue(active.Name, out var found) ? found : null;
        if (loaded.DroppedIdle || (loaded.Active is not null && dialog is null))
        {
            // Idle too long, or a dialog this version no longer has: drop it now so it is not found again.
            await sessions.ClearAsync(turn, cancellationToken).ConfigureAwait(false);
            context.StoredETag = null;
            context.Parked = null;
            if (loaded.DroppedIdle)
            {
                notices.Add(Reply.Of(context.Texts.Get(TextKeys.EngineIdleDropped, sessions.Options.IdleTimeoutMinutes)));
            }

            return new Session(context, null, null);
        }

        return new Session(context, dialog is null ? null : loaded.Active, dialog, loaded.Memory);
    }

    private async Task<TurnResult> StartAsync(Session session, IDialog dialog, DialogSeed seed, List<Reply> notices, CancellationToken cancellationToken)
    {
        var outcome = await dialog.StartAsync(session.Context, seed, cancellationToken).ConfigureAwait(false);
        return await FinishAsync(session, outcome, notices, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Saves the dialog as it continues (or clears it when it ended); a conflict reloads and says so.</summary>
    private async Task<TurnResult> FinishAsync(Session session, DialogOutcome outcome, List<Reply> notices, CancellationToken cancellationToken)
    {
        var turn = session.Context.Turn;
        if (outcome.Conflict)
        {
            return await ConflictAsync(turn, notices, cancellationToken).ConfigureAwait(false);
        }

        if (outcome.Next is { } next)
        {
            // Inside a form, Offered only says an aside just answered with an article; any other turn forgets it.
            var offered = session.Context.Offered is [OfferedArticle] ? session.Context.Offered : [];
            var saved = await sessions.SaveAsync(turn, next with { Parked = session.Context.Parked, Misses = 0, Offered = offered }, readBack: false, cancellationToken).ConfigureAwait(false);
            if (saved is null)
            {
                return await ConflictAsync(turn, notices, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            // Done: a request put aside earlier is still kept, and offered again.
            await RememberAsync(session, null, cancellationToken).ConfigureAwait(false);
            return new TurnResult([.. notices, .. outcome.Replies, .. KeptCard(session.Context)], outcome.Invoke);
        }

        return new TurnResult([.. notices, .. outcome.Replies], outcome.Invoke);
    }

    /// <summary>Another turn saved first (a double submit, another instance): show where things stand now.</summary>
    private async Task<TurnResult> ConflictAsync(Turn turn, List<Reply> notices, CancellationToken cancellationToken)
    {
        var texts = Texts.For(turn.Locale);
        var reloaded = await OpenAsync(turn, notices, cancellationToken).ConfigureAwait(false);
        var notice = texts.Get(TextKeys.EngineConflict);
        if (reloaded.Dialog is { } dialog)
        {
            var current = await dialog.RepromptAsync(reloaded.Context, reloaded.Active!, notice, cancellationToken).ConfigureAwait(false);
            return new TurnResult([.. notices, .. current.Replies], current.Invoke);
        }

        return new TurnResult([.. notices, Reply.Of(notice), Menu(turn, texts)]);
    }

    private async Task ClearIfStoredAsync(Session session, CancellationToken cancellationToken)
    {
        if (session.Context.StoredETag is not null || session.Context.Current?.ETag is not null)
        {
            await sessions.ClearAsync(session.Context.Turn, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A card action for a dialog: run it if it is the active one, else the card is stale.</summary>
    private async Task<TurnResult> DialogActionAsync(Session session, IDialog target, CardAction action, List<Reply> notices, CancellationToken cancellationToken)
    {
        if (session.Dialog is null && session.Context.Parked is { } parked && parked.Name == target.Name
            && CardForm.Field(action.Data, DialogContext.DialogIdField).Text == parked.Id)
        {
            // A button of the request put aside: it comes back and takes the click.
            session.Context.Parked = null;
            session = session with { Active = parked with { ETag = session.Context.StoredETag }, Dialog = target };
        }

        if (session.Dialog is { } dialog && dialog.Name == target.Name)
        {
            var outcome = await dialog.ContinueAsync(session.Context, session.Active!, new DialogInput(null, action), cancellationToken).ConfigureAwait(false);
            return await FinishAsync(session, outcome, notices, cancellationToken).ConfigureAwait(false);
        }

        return await StaleAsync(session, action, notices, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An old card, or one from a dialog that is no longer active: refused, with the current card.</summary>
    private static async Task<TurnResult> StaleAsync(Session session, CardAction action, List<Reply> notices, CancellationToken cancellationToken)
    {
        var texts = session.Context.Texts;
        if (session.Dialog is { } dialog)
        {
            var current = await dialog.RepromptAsync(session.Context, session.Active!, texts.Get(TextKeys.InvokeStaleCard), cancellationToken).ConfigureAwait(false);
            return new TurnResult([.. notices, .. current.Replies], current.Invoke);
        }

        // No dialog left to show: the menu, in the language of the card that was clicked.
        var language = CardForm.Field(action.Data, DialogContext.CardLanguageField).Text;
        var cardTexts = language is null ? texts : Texts.For(language);
        return new TurnResult([.. notices, Menu(session.Context.Turn, cardTexts, cardTexts.Get(TextKeys.InvokeStaleCard))]);
    }
}
