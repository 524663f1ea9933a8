using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Conversation;

/// <summary>
/// One turn as a dialog sees it: who, in which language and time zone, when, and the dialog instance being worked on
/// (so buttons carry its id and version, and a checkpoint saves it under its ETag).
/// </summary>
internal sealed class DialogContext(Turn turn, DialogSessions sessions, DialogOptions options, DateTimeOffset now)
{
    /// <summary>Card data fields the engine owns: dialog instance id and the version the card showed.</summary>
    public const string DialogIdField = "dlg";
    public const string VersionField = "ver";
    public const string CardLanguageField = "cardLanguage";

    public Turn Turn { get; } = turn;

    public Texts Texts { get; } = Texts.For(turn.Locale);

    public DialogOptions Options { get; } = options;

    public DateTimeOffset Now { get; } = now;

    /// <summary>The employee's time zone (IANA from Teams); UTC when missing or unknown.</summary>
    public TimeZoneInfo TimeZone { get; } = TimeZoneOf(turn.TimeZone);

    /// <summary>The ETag of what is stored for this person and conversation (a new dialog overwrites it conditionally).</summary>
    public string? StoredETag { get; set; }

    /// <summary>The dialog as it will be saved after this turn; the engine sets it before a flow renders.</summary>
    public ActiveDialog? Current { get; set; }

    /// <summary>A request put aside by a topic switch: saved along with whatever dialog this turn saves.</summary>
    public ActiveDialog? Parked { get; set; }

    /// <summary>What this turn offered to pick from outside a form (see <see cref="ActiveDialog.Offered"/>), remembered for the next message.</summary>
    public IReadOnlyList<string> Offered { get; set; } = [];

    /// <summary>A button of the current dialog: verb, dialog id and version in its data, Action.Submit fallback.</summary>
    public ExecuteAction Button(string title, string verb, JsonObject? data = null, ActionStyle? style = null)
    {
        var stamped = data ?? [];
        if (Current is { } current)
        {
            stamped[DialogIdField] = current.Id;
            stamped[VersionField] = current.Version;
        }

        // The language the card speaks: a click on it once its dialog is over is answered in that language, even from a
        // client whose own locale says otherwise (someone who writes in French from an English Teams).
        stamped[CardLanguageField] = Texts.Language;

        return CardActions.Execute(title, verb, stamped, style);
    }

    /// <summary>
    /// Saves <paramref name="next"/> now, under the ETag read: false when another turn (a double submit, another
    /// instance) changed the dialog first, in which case the side effect must not happen.
    /// </summary>
    public async Task<bool> CheckpointAsync(ActiveDialog next, CancellationToken cancellationToken)
    {
        var saved = await sessions.SaveAsync(Turn, next with { Parked = Parked }, readBack: true, cancellationToken).ConfigureAwait(false);
        if (saved is not null)
        {
            Current = saved;
        }

        return saved is not null;
    }

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    internal static TimeZoneInfo TimeZoneOf(string? id)
    {
        if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        return TimeZoneInfo.Utc;
    }
}
