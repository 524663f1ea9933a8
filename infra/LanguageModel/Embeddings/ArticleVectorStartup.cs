using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ServiceDesk.Infra.Knowledge;

namespace ServiceDesk.Infra.LanguageModel.Embeddings;

/// <summary>With an embedding model, the articles' vectors are made (or read back) as the host starts, in the background: the start never waits for the model.</summary>
internal sealed class ArticleVectorStartup(IKnowledgeSnapshot knowledge, ArticleVectors vectors, IOptions<LanguageModelOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.EmbeddingsEnabled)
        {
            vectors.Start(await knowledge.CurrentAsync(cancellationToken).ConfigureAwait(false));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
