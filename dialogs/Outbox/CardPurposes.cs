namespace ServiceDesk.Dialogs.Outbox;

/// <summary>Purposes of outbox records whose delivered activity id is recorded on their ticket (see <see cref="OutboxDraft.Purpose"/>).</summary>
public static class CardPurposes
{
    /// <summary>The requester's own ticket card in their 1:1 chat, replaced in place when the ticket changes.</summary>
    public const string RequesterCard = "requester-card";
}
