using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ServiceDesk.Infra.LanguageModel.Embeddings;

/// <summary>
/// The vector of a question or a ticket's text, inside a time budget; the latest ones are kept, since one turn often
/// searches the same text twice (the article beside the form, then the answer). Null: no vector in time.
/// </summary>
internal sealed class TextVectors(ModelGateway gateway, IOptions<LanguageModelOptions> options)
{
    public const string Purpose = "embedding-query";

    /// <summary>Texts whose vectors are kept; past this the cache starts again empty (cheap, and bounded).</summary>
    public const int Kept = 2_000;

    public const int MaxTextLength = 2_000;

    private readonly ConcurrentDictionary<string, float[]> kept = new(StringComparer.Ordinal);

    /// <summary>One vector per text, in order, within <paramref name="timeout"/>; texts seen lately cost no call.</summary>
    public async Task<float[][]?> EmbedAsync(IReadOnlyList<string> texts, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var sent = texts.Select(Clean).ToList();
        var missing = sent.Where(t => !kept.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var made = await gateway.EmbedAsync(Purpose, missing, timeout, cancellationToken).ConfigureAwait(false);
            if (made is null)
            {
                return null;
            }

            if (kept.Count + missing.Count > Kept)
            {
                kept.Clear();
            }

            for (var i = 0; i < missing.Count; i++)
            {
                kept[missing[i]] = made[i];
            }
        }

        var result = new float[sent.Count][];
        for (var i = 0; i < sent.Count; i++)
        {
            if (!kept.TryGetValue(sent[i], out var vector))
            {
                // Cleared by another caller meanwhile: rare; this call answers without vectors.
                return null;
            }

            result[i] = vector;
        }

        return result;
    }

    public async Task<float[]?> EmbedAsync(string text, CancellationToken cancellationToken) =>
        (await EmbedAsync([text], TimeSpan.FromMilliseconds(options.Value.EmbeddingTimeoutMs), cancellationToken).ConfigureAwait(false))?[0];

    private string Clean(string text)
    {
        var sent = options.Value.RedactContactDetails ? ContactRedactor.Redact(text) : text;
        return sent.Length > MaxTextLength ? sent[..MaxTextLength] : sent;
    }
}
