namespace ServiceDesk.Dialogs.Outbox;

/// <summary>Purposes of outbox records whose delivered activity id is recorded on their ticket (see <see cref="OutboxDraft.Purpose"/>).</summary>
public static class CardPurposes
{
    /// <summary>The requester's own ticket card in their 1:1 chat, replaced in place when the ticket changes.</summary>
    public const string RequesterCard = "requester-card";

    /// <summary>A dialog's step card sent late: its activity id goes to the dialog, to replace it after a typed answer.</summary>
    public const string StepCard = "step-card";

    /// <summary>The subject of a <see cref="StepCard"/> record: version, dialog instance, then the person (whose id may hold anything).</summary>
    public static string StepCardSubject(Turns.StepCardMark mark, string userId)
    {
        ArgumentNullException.ThrowIfNull(mark);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{mark.Version}/{mark.DialogId}/{userId}");
    }

    /// <summary>Reads <see cref="StepCardSubject"/> back; null when it is not one.</summary>
    public static (Turns.StepCardMark Mark, string UserId)? ReadStepCardSubject(string? subject)
    {
        var parts = subject?.Split('/', 3);
        return parts is [var version, var dialogId, var userId]
            && int.TryParse(version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? (new Turns.StepCardMark(dialogId, v), userId)
            : null;
    }
}
