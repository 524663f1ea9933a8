using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Assist;

namespace ServiceDesk.Infra.LanguageModel.Embeddings;

/// <summary><see cref="IMeaningSimilarity"/> over the embedding model: one call for the texts it has not seen lately.</summary>
internal sealed class MeaningSimilarityService(TextVectors vectors, IOptions<LanguageModelOptions> options) : IMeaningSimilarity
{
    public bool Available => options.Value.EmbeddingsEnabled;

    public async Task<IReadOnlyList<double>?> CompareAsync(string text, IReadOnlyList<string> candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(candidates);
        if (!Available || candidates.Count == 0)
        {
            return null;
        }

        var made = await vectors.EmbedAsync([text, .. candidates], TimeSpan.FromMilliseconds(options.Value.TimeoutMs), cancellationToken).ConfigureAwait(false);
        return made is null ? null : [.. made.Skip(1).Select(v => Vectors.Relevance(Vectors.Cosine(made[0], v), options.Value.EmbeddingMinSimilarity))];
    }
}
