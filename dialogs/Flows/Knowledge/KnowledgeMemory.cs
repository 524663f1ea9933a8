using System.Text.Json;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.Knowledge;

/// <summary>
/// What the knowledge answers remember of one conversation with one person: the article last shown (for typed
/// feedback: "no", "merci"), when, the question it answered, the articles rejected (never offered again), whether
/// the last one was already counted as helpful (a deflection counts once) and, for an article shown beside the incident
/// form's first step, that form's id and the version of its card then (<see cref="Form"/>, <see cref="FormVersion"/>).
/// </summary>
internal sealed record KnowledgeRecall(
    string? ArticleId = null, string? Query = null, DateTimeOffset At = default, IReadOnlyList<string>? Rejected = null, bool Counted = false,
    string? Form = null, int FormVersion = 0)
{
    public const int MaxRejected = 20;

    public static readonly KnowledgeRecall Empty = new();

    public IReadOnlyList<string> RejectedIds => Rejected ?? [];

    /// <summary>The answer last shown was written by the language model from the article (feedback is recorded as such).</summary>
    public bool ByModel { get; init; }

    /// <summary>
    /// The article was offered for a problem (or a request) before its form ("This may solve it"): a "no" to it goes on
    /// to that form, as "Report it" does, instead of asking whether to open one.
    /// </summary>
    public bool BeforeForm { get; init; }

    /// <summary>"Do you want to open an incident with your question?" was just asked: a typed "yes" answers it.</summary>
    public bool ReportOffered { get; init; }

    public KnowledgeRecall Reject(string articleId) => this with
    {
        Rejected = [.. RejectedIds.Where(id => id != articleId).TakeLast(MaxRejected - 1), articleId],
    };
}

/// <summary>
/// Keeps <see cref="KnowledgeRecall"/> in the conversation state store, beside (not inside) the active dialog: its
/// own small record per conversation and person, so an article answer never holds up a dialog, nor a dialog the
/// feedback. Losing it is harmless (a conflict or a store error only forgets what was shown), so it never fails a turn.
/// </summary>
internal sealed class KnowledgeMemory(IDialogStateStore store)
{
    /// <summary>The record's name in the store, and the suffix of its key.</summary>
    public const string Name = "knowledge";

    public async Task<(KnowledgeRecall Recall, string? ETag)> GetAsync(Turn turn, CancellationToken cancellationToken)
    {
        var record = await store.GetAsync(turn.Conversation.ConversationId, Key(turn), cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return (KnowledgeRecall.Empty, null);
        }

        try
        {
            return (JsonSerializer.Deserialize(record.StateJson, KnowledgeJsonContext.Default.KnowledgeRecall) ?? KnowledgeRecall.Empty, record.ETag);
        }
        catch (JsonException)
        {
            return (KnowledgeRecall.Empty, record.ETag);
        }
    }

    public Task SaveAsync(Turn turn, KnowledgeRecall recall, string? etag, DateTimeOffset now, CancellationToken cancellationToken) =>
        store.SaveAsync(
            turn.Conversation.ConversationId, Key(turn), new DialogStateRecord(Name, JsonSerializer.Serialize(recall, KnowledgeJsonContext.Default.KnowledgeRecall), now, etag), cancellationToken);

    private static string Key(Turn turn) => turn.From.Id + "|" + Name;
}
