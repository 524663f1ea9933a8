using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Routing;

// Interrupts: help, menu, start over, cancel, a person, resume; and the request put aside by a topic switch.
internal sealed partial class ServiceDeskRouter
{
    private async Task<TurnResult> InterruptAsync(Session session, Interrupt interrupt, List<Reply> notices, CancellationToken cancellationToken)
    {
        var (turn, texts, context) = (session.Context.Turn, session.Context.Texts, session.Context);
        switch (interrupt)
        {
            case Interrupt.Help when session.Dialog is { } dialog:
                // Asked aside like any other question: what the bot can do and what works inside a form, then "Now, back
                // to your incident report:" and the step in progress again, so the next message answers it.
                var back = texts.Get(TextKeys.PipelineBackTo, ParkedCard.Kept(texts, session.Active!.Name));
                var help = await dialog.RepromptAsync(context, session.Active!, back, cancellationToken).ConfigureAwait(false);
                return await FinishAsync(session, help, [.. notices, Reply.Of(texts.Get(TextKeys.PipelineHelpInForm))], cancellationToken).ConfigureAwait(false);
            case Interrupt.StartOver when session.Dialog is { } dialog:
                notices.Add(Reply.Of(texts.Get(TextKeys.EngineStartOver)));
                return await StartAsync(session, dialog, DialogSeed.Empty, notices, cancellationToken).ConfigureAwait(false);
            case Interrupt.Cancel when session.Dialog is not null:
                // The request in progress goes; one put aside earlier stays, and is offered again.
                await RememberAsync(session, null, cancellationToken).ConfigureAwait(false);
                return Replies([.. notices, Reply.Of(texts.Get(TextKeys.EngineCancelled)), .. KeptCard(context)]);
            case Interrupt.Cancel when context.Parked is { } parked:
                // Nothing in progress: "forget it" is about the request put aside.
                context.Parked = null;
                await RememberAsync(session, null, cancellationToken).ConfigureAwait(false);
                return Replies([.. notices, Reply.Of(texts.Get(TextKeys.PipelineDiscarded, ParkedCard.Kept(texts, parked.Name)))]);
            case Interrupt.Cancel:
                return Replies([.. notices, Reply.Of(texts.Get(TextKeys.CancelNothing))]);
            case Interrupt.Human:
                return await EscalateAsync(session, notices, cancellationToken, typed: true).ConfigureAwait(false);
            case Interrupt.Resume:
                return await ResumeAsync(session, notices, cancellationToken).ConfigureAwait(false);
            default:
                // Help, menu or start over with nothing in progress, or menu during a dialog: leave it and show the menu.
                await RememberAsync(session, null, cancellationToken).ConfigureAwait(false);
                return Replies([.. notices, Menu(turn, texts), .. KeptCard(context)]);
        }
    }

    /// <summary>The request put aside comes back at the step it was at; one in progress is put aside in its place.</summary>
    private async Task<TurnResult> ResumeAsync(Session session, List<Reply> notices, CancellationToken cancellationToken)
    {
        var (context, texts) = (session.Context, session.Context.Texts);
        if (context.Parked is not { } parked || !_dialogs.TryGetValue(parked.Name, out var dialog))
        {
            if (session.Dialog is { } current)
            {
                var again = await current.RepromptAsync(context, session.Active!, null, cancellationToken).ConfigureAwait(false);
                return await FinishAsync(session, again, notices, cancellationToken).ConfigureAwait(false);
            }

            return Replies([.. notices, Reply.Of(texts.Get(TextKeys.PipelineNothingToResume)), Menu(context.Turn, texts)]);
        }

        context.Parked = session.Active;
        var resumed = parked with { ETag = context.StoredETag };
        var outcome = await dialog.RepromptAsync(context, resumed, texts.Get(TextKeys.PipelineResumed, ParkedCard.Kept(texts, parked.Name)), cancellationToken).ConfigureAwait(false);
        return await FinishAsync(session with { Active = resumed, Dialog = dialog }, outcome, notices, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"Drop it" on the card of a request put aside.</summary>
    private async Task<TurnResult> DiscardAsync(Session session, List<Reply> notices, CancellationToken cancellationToken)
    {
        var (context, texts) = (session.Context, session.Context.Texts);
        if (context.Parked is not { } parked)
        {
            return Replies([.. notices, Reply.Of(texts.Get(TextKeys.PipelineNothingToResume))]);
        }

        context.Parked = null;
        if (session.Active is { } active)
        {
            await sessions.SaveAsync(context.Turn, active with { Parked = null, ETag = context.StoredETag }, readBack: false, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await RememberAsync(session, null, cancellationToken).ConfigureAwait(false);
        }

        return Replies([.. notices, Reply.Of(texts.Get(TextKeys.PipelineDiscarded, ParkedCard.Kept(texts, parked.Name)))]);
    }

    /// <summary>
    /// With no dialog in progress, stores what the conversation remembers (the request put aside, misunderstandings
    /// in a row) or clears the record when there is nothing. Memory only: losing a race here costs nothing.
    /// </summary>
    private async Task RememberAsync(Session session, ActiveDialog? memory, CancellationToken cancellationToken)
    {
        var context = session.Context;
        if (context.Parked is null && context.Offered.Count == 0 && memory is not ({ Misses: > 0 } or { Transcript.Count: > 0 }))
        {
            await ClearIfStoredAsync(session, cancellationToken).ConfigureAwait(false);
            return;
        }

        var record = (memory ?? ActiveDialog.Nothing) with
        {
            Name = ActiveDialog.NoDialog,
            Parked = context.Parked,
            Offered = context.Offered,
            ETag = context.Current?.ETag ?? context.StoredETag,
        };
        await sessions.SaveAsync(context.Turn, record, readBack: false, cancellationToken).ConfigureAwait(false);
    }

    private static Reply[] KeptCard(DialogContext context) =>
        context.Parked is { } parked ? [Reply.Of(ParkedCard.Build(context.Texts, parked.Name))] : [];
}
