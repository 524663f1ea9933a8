using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Bot.Telemetry;

/// <summary>The dialog state store with a span per call: every turn loads and saves it.</summary>
internal sealed class TracedDialogStateStore(IDialogStateStore inner) : IDialogStateStore
{
    public async Task<DialogStateRecord?> GetAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        using var span = ServiceDeskTelemetry.Start("dialog-state.get");
        return await inner.GetAsync(conversationId, userId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<SaveOutcome> SaveAsync(string conversationId, string userId, DialogStateRecord state, CancellationToken cancellationToken)
    {
        using var span = ServiceDeskTelemetry.Start("dialog-state.save");
        return await inner.SaveAsync(conversationId, userId, state, cancellationToken).ConfigureAwait(false);
    }

    public async Task ClearAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        using var span = ServiceDeskTelemetry.Start("dialog-state.clear");
        await inner.ClearAsync(conversationId, userId, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Counts recognised intents (the free text itself is never recorded).</summary>
internal sealed class CountedIntentRecognizer(IIntentRecognizer inner, ServiceDeskMetrics metrics) : IIntentRecognizer
{
    public async ValueTask<Recognition> RecognizeAsync(string? text, string? locale, CancellationToken cancellationToken)
    {
        var recognition = await inner.RecognizeAsync(text, locale, cancellationToken).ConfigureAwait(false);
        if (metrics.Intents.Enabled)
        {
            metrics.Intents.Add(1, new KeyValuePair<string, object?>("intent", recognition.Intent.ToString()));
        }

        return recognition;
    }
}

/// <summary>Counts deflections (a knowledge answer that helped) as they are recorded.</summary>
internal sealed class CountedDeflectionLog(IDeflectionLog inner, ServiceDeskMetrics metrics) : IDeflectionLog
{
    public async Task RecordAsync(Deflection deflection, CancellationToken cancellationToken)
    {
        await inner.RecordAsync(deflection, cancellationToken).ConfigureAwait(false);
        if (deflection.Helpful && metrics.Deflections.Enabled)
        {
            metrics.Deflections.Add(1, new KeyValuePair<string, object?>("source", deflection.Source));
        }
    }
}
