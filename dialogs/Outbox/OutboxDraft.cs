using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Outbox;

/// <summary>
/// A message to deliver later. <paramref name="IdempotencyKey"/> is derived from the change that causes it
/// (e.g. <c>INC-000123/v4/requester</c>): enqueuing the same key twice keeps the first record.
/// </summary>
/// <param name="Payload">
/// A Bot Framework message activity as JSON, opaque to storage: <c>{"type":"message","locale":…,"text":…,
/// "textFormat":"plain","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{card}}]}</c>.
/// The outbox worker sends it as it is (for a new channel thread, as the thread's first message), filling in type,
/// channelId, from (the target's bot) and conversation from <paramref name="Target"/> when absent. Never a bare card.
/// </param>
/// <param name="ActivityId">For <see cref="OutboxKind.UpdateActivity"/>: the activity to replace.</param>
/// <param name="RecipientUserId">For a 1:1 message: whose conversation reference to mark stale on 403/404.</param>
/// <param name="Subject">What the message is about (a ticket number), so a delivered activity id can be stored there.</param>
/// <param name="Purpose">Which of the subject's cards this is (e.g. <c>queue-card</c>, <c>requester-card</c>).</param>
public sealed record OutboxDraft(
    string IdempotencyKey,
    OutboxKind Kind,
    ConversationReference Target,
    string Payload,
    DateTimeOffset? DueAt = null,
    string? ActivityId = null,
    string? RecipientUserId = null,
    string? Subject = null,
    string? Purpose = null);
